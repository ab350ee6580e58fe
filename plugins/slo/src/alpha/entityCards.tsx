import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';

/**
 * The compact error budget card (`entity-card:slo`) for the overview tab of
 * the kinds the SLO engine tracks. An `info` card, beside the entity's
 * about card; `filter` and `type` can be changed in `app.extensions`.
 */
export const sloEntityCard = EntityCardBlueprint.make({
  params: {
    type: 'info',
    filter: { kind: { $in: ['component', 'resource'] } },
    loader: () =>
      import('../components/EntitySloCard').then(m => <m.EntitySloCard />),
  },
});
