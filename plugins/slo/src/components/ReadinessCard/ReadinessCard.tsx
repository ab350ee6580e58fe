import {
  InfoCard,
  Progress,
  StatusError,
  StatusOK,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import { ReadinessReport } from '@slo-engine/plugin-slo-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sloApiRef } from '../../api';
import { SloErrorPanel } from '../SloErrorPanel';
import { listChecks, ReadinessChecksTable } from './ReadinessChecksTable';

function Summary(props: { report: ReadinessReport }) {
  const checks = listChecks(props.report);
  const failing = checks.filter(c => c.check.status !== 'ok').length;
  if (props.report.status === 'ok' && failing === 0) {
    return <StatusOK>All checks pass</StatusOK>;
  }
  return (
    <StatusError>
      {failing} of {checks.length} checks fail: SLO data may be missing or out
      of date
    </StatusError>
  );
}

/** Whether the SLO engine can reach its database and metric sources right now. */
export function ReadinessCard() {
  const sloApi = useApi(sloApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => sloApi.getReadiness(),
    [sloApi],
  );

  let content;
  if (value) {
    content = <ReadinessChecksTable report={value} />;
  } else if (error) {
    content = <SloErrorPanel error={error} what="the SLO engine status" />;
  } else {
    content = <Progress />;
  }

  return (
    <InfoCard
      title="SLO engine status"
      subheader={value ? <Summary report={value} /> : undefined}
      variant="gridItem"
      action={
        <Button size="small" onClick={retry} disabled={loading}>
          Refresh
        </Button>
      }
    >
      {content}
    </InfoCard>
  );
}
