import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { StructuredMetadataTable } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { ServiceSummary } from '@slo-engine/plugin-slo-common';

function tryParseRef(
  ref: string,
  defaults: { defaultKind: string; defaultNamespace: string },
): CompoundEntityRef | undefined {
  try {
    return parseEntityRef(ref, defaults);
  } catch {
    return undefined;
  }
}

function RefValue(props: {
  entityRef?: string;
  defaultKind: string;
  defaultNamespace: string;
}) {
  const { entityRef, defaultKind, defaultNamespace } = props;
  if (!entityRef) {
    return <>Not set</>;
  }
  const parsed = tryParseRef(entityRef, { defaultKind, defaultNamespace });
  return parsed ? <EntityRefLink entityRef={parsed} /> : <>{entityRef}</>;
}

/** What the SLO engine recorded about an entity when it last read the catalog. */
export function ServiceSummaryTable(props: { summary: ServiceSummary }) {
  const { summary } = props;
  const metadata = {
    'Entity ref': summary.entityRef,
    Type: summary.type ?? 'Not set',
    Owner: (
      <RefValue
        entityRef={summary.owner}
        defaultKind="group"
        defaultNamespace={summary.namespace}
      />
    ),
    System: (
      <RefValue
        entityRef={summary.system}
        defaultKind="system"
        defaultNamespace={summary.namespace}
      />
    ),
    Lifecycle: summary.lifecycle ?? 'Not set',
  };
  return (
    <StructuredMetadataTable
      metadata={metadata}
      options={{ titleFormat: key => key }}
    />
  );
}
