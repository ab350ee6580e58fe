import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Button from '@material-ui/core/Button';
import {
  AutoApprovalRule,
  sloAutoApprovalManagePermission,
} from '@slo-engine/plugin-slo-common';
import { useMemo, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sloApiRef } from '../../api';
import { DocsHint, SloSection } from '../shared';
import { AutoApprovalRuleDialog } from './AutoApprovalRuleDialog';
import { AutoApprovalRulesTable } from './AutoApprovalRulesTable';
import { DeleteRuleDialog } from './DeleteRuleDialog';
import { FleetFilterValues } from './fleetFilter';
import { rulesForTeam } from './ruleForm';

function subheader(canManage: boolean, team: string | undefined) {
  const scope = team
    ? `Rules that can apply to team ${team}; rules have no system condition.`
    : 'Tried oldest first on every new recommendation.';
  return canManage
    ? scope
    : `${scope} Changing rules needs the slo.autoApproval.manage permission.`;
}

/**
 * Auto-approval rules: everyone with `slo.read` sees them; only holders of
 * `slo.autoApproval.manage` get the buttons to add, edit and delete.
 */
export function AutoApprovalRulesPanel(props: { filter: FleetFilterValues }) {
  const { team } = props.filter;
  const sloApi = useApi(sloApiRef);
  const { allowed: canManage } = usePermission({
    permission: sloAutoApprovalManagePermission,
  });
  const state = useAsyncRetry(() => sloApi.listAutoApprovalRules(), [sloApi]);
  const rules = useMemo(
    () => state.value && rulesForTeam(state.value, team),
    [state.value, team],
  );
  const [editing, setEditing] = useState<AutoApprovalRule | 'new'>();
  const [deleting, setDeleting] = useState<AutoApprovalRule>();

  const addButton = canManage ? (
    <Button
      color="primary"
      variant="outlined"
      onClick={() => setEditing('new')}
    >
      Add rule
    </Button>
  ) : undefined;

  return (
    <>
      <SloSection<AutoApprovalRule[]>
        title="Auto-approval rules"
        subheader={subheader(canManage, team)}
        what="the auto-approval rules"
        state={{ ...state, value: rules }}
        action={addButton}
        empty={value => {
          if (value && value.length > 0) return undefined;
          return {
            title: team
              ? `No auto-approval rule can apply to team ${team}`
              : 'No auto-approval rules',
            description: (
              <>
                Every recommendation waits for its owner's decision. Rules
                accept a tier automatically for entities that match their
                conditions, such as low criticality and high confidence. See{' '}
                <DocsHint page="lifecycle.md" anchor="auto-approval-rules" />.
              </>
            ),
          };
        }}
      >
        {value => (
          <AutoApprovalRulesTable
            rules={value}
            onEdit={canManage ? setEditing : undefined}
            onDelete={canManage ? setDeleting : undefined}
          />
        )}
      </SloSection>
      {editing && (
        <AutoApprovalRuleDialog
          rule={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            state.retry();
          }}
        />
      )}
      {deleting && (
        <DeleteRuleDialog
          rule={deleting}
          onClose={() => setDeleting(undefined)}
          onDeleted={() => {
            setDeleting(undefined);
            state.retry();
          }}
        />
      )}
    </>
  );
}
