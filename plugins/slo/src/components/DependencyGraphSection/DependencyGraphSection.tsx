import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { useEntity } from '@backstage/plugin-catalog-react';
import { CycleAlert, DependencySubgraph } from '@slo-engine/plugin-slo-common';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sloApiRef } from '../../api';
import { DocsHint, SloSection, SloSectionEmpty } from '../shared';
import { DependencyGraph } from './DependencyGraph';
import { GraphControls, GraphDirection } from './GraphControls';

/**
 * Two hops rather than the API's default three: the first screen should
 * show an owner their neighbours readably; the depth control goes to 10.
 */
export const DEFAULT_DEPTH = 2;

/** The subgraph, or the backend's reason why the entity has none. */
type Fetched = { graph: DependencySubgraph } | { notKnown: string };
type Loaded =
  | { graph: DependencySubgraph; cycles: CycleAlert[] }
  | { notKnown: string };

const DEPENDENCIES_DOCS = (
  <DocsHint page="annotations.md" anchor="on-a-consumer-its-dependencies">
    docs/annotations.md
  </DocsHint>
);

function emptyState(
  loaded: Loaded | undefined,
  name: string,
): SloSectionEmpty | undefined {
  if (!loaded) return undefined;
  if ('notKnown' in loaded) {
    return {
      title: `${name} is not in the SLO engine's dependency graph`,
      description: (
        <>
          {loaded.notKnown}. Declare its dependencies with{' '}
          <code>spec.dependsOn</code>, see {DEPENDENCIES_DOCS}.
        </>
      ),
    };
  }
  if (loaded.graph.edges.length === 0) {
    const which =
      loaded.graph.direction === 'both' ? '' : ` ${loaded.graph.direction}`;
    return {
      title: `No${which} dependencies known for ${name}`,
      description: (
        <>
          Neither the catalog nor runtime telemetry reports a service it calls
          or that calls it. Declare dependencies with{' '}
          <code>spec.dependsOn</code>, see {DEPENDENCIES_DOCS}.
        </>
      ),
    };
  }
  return undefined;
}

/**
 * The entity's upstream and downstream services as a graph (issue #8, item
 * 3): criticality and mode as edge styles, redundancy groups, external
 * services, open cycles, and a link to each service's SLO tab.
 */
export function DependencyGraphSection() {
  const { entity } = useEntity();
  const { kind, namespace, name } = getCompoundEntityRef(entity);
  const sloApi = useApi(sloApiRef);
  const [depth, setDepth] = useState(DEFAULT_DEPTH);
  const [direction, setDirection] = useState<GraphDirection>('both');

  const subgraph = useAsyncRetry(async (): Promise<Fetched> => {
    try {
      return {
        graph: await sloApi.getDependencies(
          { kind, namespace, name },
          { depth, direction },
        ),
      };
    } catch (e) {
      // The backend's own 404 means "entity not in the graph", which is an
      // empty state with a fix; a 404 without that body is a missing backend.
      if (e instanceof ResponseError && e.cause.name === 'NotFoundError') {
        return { notKnown: e.cause.message.replace(/\.$/, '') };
      }
      throw e;
    }
  }, [sloApi, kind, namespace, name, depth, direction]);
  // Cycle alerts are fleet-wide and do not depend on the controls.
  const cycles = useAsyncRetry(
    () => sloApi.getCycles({ status: 'open' }),
    [sloApi],
  );

  let value: Loaded | undefined;
  if (subgraph.value && 'notKnown' in subgraph.value) {
    value = subgraph.value;
  } else if (subgraph.value && cycles.value) {
    value = { graph: subgraph.value.graph, cycles: cycles.value };
  }
  const state = {
    loading: subgraph.loading || cycles.loading,
    error: subgraph.error ?? cycles.error,
    value,
    retry: () => {
      if (subgraph.error) subgraph.retry();
      if (cycles.error) cycles.retry();
    },
  };

  return (
    <SloSection<Loaded>
      title="Dependencies"
      subheader="Services this entity calls and that call it"
      what="the dependency graph"
      state={state}
      empty={loaded => emptyState(loaded, name)}
      action={
        <GraphControls
          depth={depth}
          direction={direction}
          onDepthChange={setDepth}
          onDirectionChange={setDirection}
        />
      }
    >
      {loaded =>
        'graph' in loaded && (
          <DependencyGraph graph={loaded.graph} cycles={loaded.cycles} />
        )
      }
    </SloSection>
  );
}
