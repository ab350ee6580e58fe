import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sloApiRef } from '../../api';
import {
  cyclesMatchingFilter,
  MemberPlacement,
  toMemberPlacement,
} from './cycleFilter';
import { FleetFilterValues } from './fleetFilter';

/**
 * Open dependency cycles, narrowed to the filtered team and system. Cycle
 * alerts only name their members, so with a filter the members' owner and
 * system are read from the catalog.
 */
export function useOpenCycles(filter: FleetFilterValues) {
  const { team, system } = filter;
  const sloApi = useApi(sloApiRef);
  const catalogApi = useApi(catalogApiRef);
  return useAsyncRetry(async () => {
    const cycles = await sloApi.getCycles({ status: 'open' });
    if (!team && !system) return cycles;
    const refs = [...new Set(cycles.flatMap(c => c.members))];
    if (!refs.length) return cycles;
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs: refs,
      fields: ['kind', 'metadata.namespace', 'metadata.name', 'spec'],
    });
    const placements = new Map<string, MemberPlacement>();
    items.forEach((entity, i) => {
      if (!entity) return;
      placements.set(
        refs[i].toLocaleLowerCase('en-US'),
        toMemberPlacement({
          namespace: entity.metadata.namespace,
          owner: entity.spec?.owner,
          system: entity.spec?.system,
        }),
      );
    });
    return cyclesMatchingFilter(cycles, placements, { team, system });
  }, [sloApi, catalogApi, team, system]);
}
