import { WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  ActivationResponse,
  RejectionResponse,
  sloDecidePermission,
  SloRecommendationResponse,
} from '@slo-engine/plugin-slo-common';
import { useMemo, useState } from 'react';
import { sloApiRef } from '../../api';
import { RecommendationState } from '../shared';
import { DecisionConfirmation } from './DecisionConfirmation';
import { DecisionForm } from './DecisionForm';
import { draftDecision } from './decisionForm';
import { DecisionFormValues, initialValues } from './decisionValues';
import { describeDecisionError } from './describeDecisionError';

export type DecisionResponse = ActivationResponse | RejectionResponse;

const DENIED_ID = 'slo-decide-denied';

/** Props of {@link DecidePanel}. */
export interface DecidePanelProps {
  body: SloRecommendationResponse;
  state: RecommendationState;
  onDecided?: (response: DecisionResponse) => void;
}

/**
 * The decision on one loaded recommendation: the form, the POST, and then
 * either the confirmation or what went wrong and what to do about it.
 */
export function DecidePanel(props: DecidePanelProps) {
  const { body, state, onDecided } = props;
  const sloApi = useApi(sloApiRef);
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  // A resource permission: the policy may allow it for the owners only.
  const permission = usePermission({
    permission: sloDecidePermission,
    resourceRef: entityRef,
  });
  const [values, setValues] = useState<DecisionFormValues>(() =>
    initialValues(body, 'balanced'),
  );
  const [attempted, setAttempted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<Error>();
  const [response, setResponse] = useState<DecisionResponse>();
  const draft = useMemo(() => draftDecision(body, values), [body, values]);

  const change = (changes: Partial<DecisionFormValues>) =>
    setValues(current =>
      // A new tier brings its own targets into the modify fields.
      changes.tier && changes.tier !== current.tier
        ? initialValues(body, changes.tier, current.action, current.rationale)
        : { ...current, ...changes },
    );

  const submit = async () => {
    setAttempted(true);
    if (!draft.decision) return;
    setSubmitting(true);
    setError(undefined);
    try {
      const result = await sloApi.decide(
        getCompoundEntityRef(entity),
        draft.decision,
      );
      setResponse(result);
      onDecided?.(result);
    } catch (e) {
      setError(e as Error);
    } finally {
      setSubmitting(false);
    }
  };

  if (response) {
    return (
      <DecisionConfirmation response={response} onDecideAgain={state.retry} />
    );
  }

  const denied = !permission.loading && !permission.allowed;
  const owner =
    typeof entity.spec?.owner === 'string' ? ` (${entity.spec.owner})` : '';
  const failure = error && describeDecisionError(error, entityRef);
  return (
    <>
      {permission.loading && (
        <Typography variant="body2" color="textSecondary">
          Checking whether you may decide on this SLO…
        </Typography>
      )}
      {denied && (
        <Typography id={DENIED_ID} variant="body2" paragraph>
          You cannot decide on the SLO of {entityRef}: the permission policy
          does not give you <code>slo.entity.decide</code> on it
          {permission.error ? ` (${permission.error.message})` : ''}. Its owners
          {owner} and the SLO admins can; ask them to decide, or a Backstage
          admin to change the policy.
        </Typography>
      )}
      {failure && (
        <Box mb={2}>
          <WarningPanel
            severity="error"
            title={failure.title}
            message={failure.message}
            defaultExpanded
          />
          {failure.reload && (
            <Box mt={1}>
              <Button variant="outlined" onClick={state.regenerate}>
                Reload the recommendation
              </Button>
            </Box>
          )}
        </Box>
      )}
      <DecisionForm
        body={body}
        values={values}
        draft={draft}
        attempted={attempted}
        disabled={permission.loading || denied || submitting}
        submitting={submitting}
        describedBy={denied ? DENIED_ID : undefined}
        onChange={change}
        onSubmit={submit}
      />
    </>
  );
}
