import {
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  EmptyState,
  InfoCard,
  Progress,
  StatusOK,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Button from '@material-ui/core/Button';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sloApiRef } from '../../api';
import { SloErrorPanel } from '../SloErrorPanel';
import { ServiceSummaryTable } from './ServiceSummaryTable';

function UnknownEntity(props: { entityRef: string; onRetry: () => void }) {
  return (
    <EmptyState
      missing="info"
      title="This entity is not known to the SLO engine yet"
      description={
        <>
          The SLO engine copies catalog components and resources on a schedule
          (every 15 minutes unless <code>slo.schedule.catalogSync</code> says
          otherwise). If {props.entityRef} was added or changed recently, check
          again after the next sync. If it still does not appear, check that it
          is a Component or Resource and that the SLO backend logs show no
          catalog errors.
        </>
      }
      action={
        <Button variant="contained" color="primary" onClick={props.onRetry}>
          Check again
        </Button>
      }
    />
  );
}

/** Whether the SLO engine knows the current entity, and what it knows about it. */
export function EntityStatusCard() {
  const { entity } = useEntity();
  const sloApi = useApi(sloApiRef);
  const { kind, namespace, name } = getCompoundEntityRef(entity);
  const { value, loading, error, retry } = useAsyncRetry(
    () => sloApi.getService({ kind, namespace, name }),
    [sloApi, kind, namespace, name],
  );

  let content;
  let subheader;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = (
      <SloErrorPanel
        error={error}
        what="what the SLO engine knows of this entity"
      />
    );
  } else if (value) {
    subheader = <StatusOK>Known to the SLO engine</StatusOK>;
    content = <ServiceSummaryTable summary={value} />;
  } else {
    content = (
      <UnknownEntity entityRef={stringifyEntityRef(entity)} onRetry={retry} />
    );
  }

  return (
    <InfoCard
      title="Entity in the SLO engine"
      subheader={subheader}
      variant="gridItem"
    >
      {content}
    </InfoCard>
  );
}
