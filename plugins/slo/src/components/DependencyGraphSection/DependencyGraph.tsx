import { makeStyles, useTheme } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { CycleAlert, DependencySubgraph } from '@slo-engine/plugin-slo-common';
import { useMemo } from 'react';
import ReactFlow, { Controls, NodeTypes } from 'reactflow';
import 'reactflow/dist/style.css';
import { cycleHighlight, edgeKey } from './cycleHighlight';
import { DependencyTable } from './DependencyTable';
import { GraphLegend } from './GraphLegend';
import { GroupNode } from './GroupNode';
import { ServiceNode } from './ServiceNode';
import { GROUP_NODE, SERVICE_NODE, toFlowElements } from './toFlowElements';

// Outside the component: reactflow warns and re-mounts nodes when the
// object changes between renders.
const nodeTypes: NodeTypes = {
  [SERVICE_NODE]: ServiceNode,
  [GROUP_NODE]: GroupNode,
};

const useStyles = makeStyles(theme => ({
  figure: { margin: 0 },
  canvas: {
    height: 480,
    width: '100%',
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
  },
  caption: { marginTop: theme.spacing(1) },
  cycles: { margin: theme.spacing(1, 0), paddingLeft: theme.spacing(2) },
  details: { marginTop: theme.spacing(2) },
}));

/** Short name of a ref for sentences: `payments` for `component:default/payments`. */
const shortName = (ref: string) => ref.replace(/^.*[:/]/, '');

/**
 * The subgraph drawn with reactflow, its legend, the open cycles it touches
 * and the same data as a table. Nodes are not draggable or selectable: the
 * picture is a view of the backend's graph, not an editor.
 */
export function DependencyGraph(props: {
  graph: DependencySubgraph;
  cycles: CycleAlert[];
}) {
  const { graph, cycles } = props;
  const classes = useStyles();
  const theme = useTheme();
  const edgeColor = theme.palette.text.secondary;
  const cycleColor = theme.palette.error.main;
  const elements = useMemo(
    () =>
      toFlowElements(graph, {
        cycles,
        colors: { edge: edgeColor, cycle: cycleColor },
      }),
    [graph, cycles, edgeColor, cycleColor],
  );
  const cycleEdges = useMemo(
    () =>
      cycleHighlight(cycles, new Set(graph.nodes.map(n => n.entityRef))).edges,
    [graph, cycles],
  );
  const services = graph.nodes.length;
  return (
    <>
      {elements.cycles.length > 0 && (
        <>
          <Typography variant="body2" color="error">
            {elements.cycles.length === 1
              ? 'An open dependency cycle runs through this graph. '
              : `${elements.cycles.length} open dependency cycles run through this graph. `}
            Services in a cycle cannot fail independently: their composite
            availability is bounded by the weakest member.
          </Typography>
          <ul className={classes.cycles}>
            {elements.cycles.map(c => (
              <li key={c.id}>
                <Typography variant="body2">
                  {c.path.map(shortName).join(' → ')}
                </Typography>
              </li>
            ))}
          </ul>
        </>
      )}
      <figure className={classes.figure}>
        <div className={classes.canvas}>
          <ReactFlow
            nodes={elements.nodes}
            edges={elements.edges}
            nodeTypes={nodeTypes}
            fitView
            minZoom={0.2}
            nodesDraggable={false}
            nodesConnectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            elementsSelectable={false}
            deleteKeyCode={null}
            selectionKeyCode={null}
            multiSelectionKeyCode={null}
          >
            <Controls showInteractive={false} />
          </ReactFlow>
        </div>
        <figcaption className={classes.caption}>
          <Typography variant="body2">
            {services} services and {elements.edges.length} dependencies,{' '}
            {graph.direction === 'both' ? 'both directions' : graph.direction},
            up to {graph.depth} hops. Callers are on the left, what they depend
            on to the right; open a service to see its SLOs.
            {graph.truncated &&
              ' More services lie beyond this depth: increase it to see them.'}
          </Typography>
          <GraphLegend />
        </figcaption>
      </figure>
      <details className={classes.details}>
        <summary>
          <Typography variant="body2" component="span">
            Show the dependencies as a table
          </Typography>
        </summary>
        <DependencyTable
          graph={graph}
          cycleEdges={cycleEdges}
          edgeKey={edgeKey}
        />
      </details>
    </>
  );
}
