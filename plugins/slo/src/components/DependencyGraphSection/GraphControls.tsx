import { makeStyles } from '@material-ui/core/styles';
import TextField from '@material-ui/core/TextField';
import { DependencySubgraph } from '@slo-engine/plugin-slo-common';

/** Depth limits of `GET …/dependencies`. */
export const MIN_DEPTH = 1;
export const MAX_DEPTH = 10;

export type GraphDirection = DependencySubgraph['direction'];

const DIRECTIONS: Array<{ value: GraphDirection; label: string }> = [
  { value: 'both', label: 'Both' },
  { value: 'upstream', label: 'Upstream (callers)' },
  { value: 'downstream', label: 'Downstream (dependencies)' },
];

const useStyles = makeStyles(theme => ({
  controls: { display: 'flex', gap: theme.spacing(2) },
  field: { minWidth: 120 },
}));

/** Depth and direction of the subgraph; each change refetches it. */
export function GraphControls(props: {
  depth: number;
  direction: GraphDirection;
  onDepthChange: (depth: number) => void;
  onDirectionChange: (direction: GraphDirection) => void;
}) {
  const classes = useStyles();
  const depths = Array.from(
    { length: MAX_DEPTH - MIN_DEPTH + 1 },
    (_, i) => MIN_DEPTH + i,
  );
  return (
    <div className={classes.controls}>
      <TextField
        select
        id="slo-graph-depth"
        label="Depth"
        value={props.depth}
        onChange={e => props.onDepthChange(Number(e.target.value))}
        SelectProps={{ native: true }}
        size="small"
        className={classes.field}
        helperText="hops from this entity"
      >
        {depths.map(d => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </TextField>
      <TextField
        select
        id="slo-graph-direction"
        label="Direction"
        value={props.direction}
        onChange={e =>
          props.onDirectionChange(e.target.value as GraphDirection)
        }
        SelectProps={{ native: true }}
        size="small"
        className={classes.field}
      >
        {DIRECTIONS.map(d => (
          <option key={d.value} value={d.value}>
            {d.label}
          </option>
        ))}
      </TextField>
    </div>
  );
}
