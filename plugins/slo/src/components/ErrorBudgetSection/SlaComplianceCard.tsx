import { getCompoundEntityRef } from '@backstage/catalog-model';
import { WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { SLO_ANNOTATIONS } from '@slo-engine/plugin-slo-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sloApiRef } from '../../api';
import {
  actorLabel,
  DocsHint,
  formatDateTime,
  formatTarget,
  SloSection,
} from '../shared';
import { SlaMonthTable } from './SlaMonthTable';
import { loadSla, SlaState } from './loadSla';

function emptyState(value: SlaState | undefined) {
  if (!value) return undefined;
  const { target, report } = value;
  if (target.target_percent === null) {
    const issue = target.annotation?.issue;
    return {
      title: issue ? 'The SLA target annotation is invalid' : 'No SLA target',
      description: (
        <>
          {issue && (
            <>
              <code>{SLO_ANNOTATIONS.slaTarget}</code>: {issue}.{' '}
            </>
          )}
          Declare the availability this service promises its customers with the
          annotation <code>{SLO_ANNOTATIONS.slaTarget}: '99.5'</code> in its{' '}
          <code>catalog-info.yaml</code> (see{' '}
          <DocsHint page="annotations.md" anchor="sla-target" />
          ), or set it through <code>PUT …/sla</code>; see{' '}
          <DocsHint page="sla.md" />.
        </>
      ),
    };
  }
  if (!report) {
    return {
      title: 'No SLA report yet',
      description:
        'The SLO engine has an SLA target but no report for this entity: it needs the daily SLI aggregates, which start after the first full day of data.',
    };
  }
  return undefined;
}

function sourceText(state: SlaState): string {
  const { target } = state;
  if (target.source === 'api' && target.api) {
    return `set by ${actorLabel(target.api.set_by)} on ${formatDateTime(
      target.api.set_at,
    )}${target.api.rationale ? ` (${target.api.rationale})` : ''}`;
  }
  return `from the ${SLO_ANNOTATIONS.slaTarget} annotation`;
}

function SlaBody(props: { value: SlaState }) {
  const { target, report } = props.value;
  return (
    <>
      <Typography variant="body2" paragraph>
        Target {formatTarget(target.target_percent!)} {sourceText(props.value)}
        {target.slo_availability_percent !== null &&
          `; the active SLO aims at ${formatTarget(
            target.slo_availability_percent,
          )}`}
        . Months are calendar months in UTC, each measured against today's
        target.
      </Typography>
      {target.warnings.map(warning => (
        <WarningPanel key={warning} severity="warning" title={warning} />
      ))}
      <SlaMonthTable months={report!.months} />
    </>
  );
}

/** Whether recent months met the entity's SLA target. */
export function SlaComplianceCard() {
  const { entity } = useEntity();
  const api = useApi(sloApiRef);
  const { kind, namespace, name } = getCompoundEntityRef(entity);
  const state = useAsyncRetry(
    () => loadSla(api, { kind, namespace, name }),
    [api, kind, namespace, name],
  );
  return (
    <SloSection
      title="SLA compliance"
      subheader="What the service promises its customers, month by month"
      what="the SLA compliance report"
      state={state}
      empty={emptyState}
    >
      {value => <SlaBody value={value} />}
    </SloSection>
  );
}
