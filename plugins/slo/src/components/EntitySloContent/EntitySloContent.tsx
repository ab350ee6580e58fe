import Grid from '@material-ui/core/Grid';
import { EntityStatusCard } from '../EntityStatusCard';
import { ReadinessCard } from '../ReadinessCard';

/**
 * Body of the "SLOs" tab of an entity page: one section per card, each
 * loading its own data so a failing section does not hide the others.
 */
export function EntitySloContent() {
  return (
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12} md={6}>
        <EntityStatusCard />
      </Grid>
      <Grid item xs={12} md={6}>
        <ReadinessCard />
      </Grid>
    </Grid>
  );
}
