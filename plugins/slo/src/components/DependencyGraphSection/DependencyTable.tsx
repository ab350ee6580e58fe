import {
  DependencySubgraph,
  formatAvailabilityPercent,
} from '@slo-engine/plugin-slo-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';

/**
 * The graph as a table, for screen readers and for reading exact values:
 * one row per dependency with what the drawing encodes in line styles.
 */
export function DependencyTable(props: {
  graph: DependencySubgraph;
  cycleEdges: ReadonlySet<string>;
  edgeKey: (from: string, to: string) => string;
}) {
  const { graph, cycleEdges, edgeKey } = props;
  const sla = new Map(
    graph.nodes
      .filter(n => n.publishedSla !== undefined)
      .map(n => [n.entityRef, formatAvailabilityPercent(n.publishedSla!)]),
  );
  const external = new Set(
    graph.nodes.filter(n => n.external).map(n => n.entityRef),
  );
  const shown = new Set(graph.nodes.map(n => n.entityRef));
  const edges = graph.edges.filter(e => shown.has(e.from) && shown.has(e.to));
  return (
    <Table size="small" aria-label="Dependencies as a table">
      <TableHead>
        <TableRow>
          <TableCell>Caller</TableCell>
          <TableCell>Depends on</TableCell>
          <TableCell>Criticality</TableCell>
          <TableCell>Mode</TableCell>
          <TableCell>Redundancy group</TableCell>
          <TableCell>Notes</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {edges.map(e => {
          const notes = [
            ...(external.has(e.to) ? ['external'] : []),
            ...(sla.has(e.to) ? [`published SLA ${sla.get(e.to)}`] : []),
            ...(cycleEdges.has(edgeKey(e.from, e.to)) ? ['open cycle'] : []),
            ...(e.divergence === 'runtime_only'
              ? ['seen at runtime only']
              : []),
            ...(e.divergence === 'catalog_only'
              ? ['declared, not seen at runtime']
              : []),
          ];
          return (
            <TableRow key={edgeKey(e.from, e.to)}>
              <TableCell>{e.from}</TableCell>
              <TableCell>{e.to}</TableCell>
              <TableCell>{e.criticality}</TableCell>
              <TableCell>{e.communicationMode}</TableCell>
              <TableCell>{e.redundancyGroup ?? ''}</TableCell>
              <TableCell>{notes.join(', ')}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
