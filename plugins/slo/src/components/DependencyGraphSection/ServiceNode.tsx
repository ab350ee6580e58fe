import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { memo } from 'react';
import { Link } from 'react-router-dom';
import { Handle, NodeProps, Position } from 'reactflow';
import { ServiceNodeData } from './toFlowElements';

const useStyles = makeStyles(theme => ({
  node: {
    boxSizing: 'border-box',
    height: '100%',
    padding: theme.spacing(0.75, 1),
    borderRadius: theme.shape.borderRadius,
    border: `1px solid ${theme.palette.divider}`,
    background: theme.palette.background.paper,
    color: theme.palette.text.primary,
    overflow: 'hidden',
  },
  current: {
    border: `3px solid ${theme.palette.primary.main}`,
  },
  external: {
    borderStyle: 'dashed',
    background: theme.palette.background.default,
  },
  cycle: {
    borderColor: theme.palette.error.main,
    boxShadow: `0 0 0 2px ${theme.palette.error.main}`,
  },
  // The node wrapper ignores the pointer (nodes are not selectable), the
  // link must not. A plain router link: MUI's Link tracks focus-visible
  // through findDOMNode, which React warns about in strict mode.
  link: {
    display: 'block',
    height: '100%',
    pointerEvents: 'auto',
    color: 'inherit',
    textDecoration: 'none',
    '&:focus-visible': {
      outline: `3px solid ${theme.palette.primary.main}`,
      outlineOffset: 2,
    },
  },
  title: {
    fontWeight: theme.typography.fontWeightBold as number,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  badges: { display: 'flex', gap: theme.spacing(0.5), flexWrap: 'wrap' },
  badge: {
    fontSize: '0.7rem',
    lineHeight: 1.4,
    padding: '0 4px',
    borderRadius: 3,
    border: `1px solid ${theme.palette.text.secondary}`,
  },
  cycleBadge: {
    borderColor: theme.palette.error.main,
    color: theme.palette.error.main,
  },
}));

const join = (...names: Array<string | false>) =>
  names.filter(Boolean).join(' ');

/** What the node says, for its label and for screen readers. */
function describe(data: ServiceNodeData): string {
  const parts = [`${data.label} (${data.node.kind})`];
  if (data.current) parts.push('this entity');
  if (data.node.external) parts.push('external service');
  if (data.node.discovered)
    parts.push('seen at runtime only, no catalog entity');
  if (data.inCycle) parts.push('in an open dependency cycle');
  if (data.availability) {
    parts.push(`${data.availability.source} ${data.availability.text}`);
  }
  return parts.join(', ');
}

function NodeBody(props: { data: ServiceNodeData }) {
  const { data } = props;
  const classes = useStyles();
  return (
    <>
      <Typography variant="body2" className={classes.title}>
        {data.label}
      </Typography>
      <Typography variant="caption" color="textSecondary" component="div">
        {data.node.kind}
        {data.availability &&
          ` · ${data.availability.source} ${data.availability.text}`}
      </Typography>
      <div className={classes.badges}>
        {data.current && <span className={classes.badge}>this entity</span>}
        {data.node.external && <span className={classes.badge}>external</span>}
        {data.node.discovered && (
          <span className={classes.badge}>runtime only</span>
        )}
        {data.inCycle && (
          <span className={join(classes.badge, classes.cycleBadge)}>cycle</span>
        )}
      </div>
    </>
  );
}

/**
 * One service of the dependency graph. Catalog entities are a link to their
 * SLO tab, so a click, Enter or a middle click opens it like any other link.
 * Placeholders seen only at runtime have no page: nothing to activate, so
 * they stay out of the tab order (the table below the graph lists them).
 */
function ServiceBox(props: NodeProps<ServiceNodeData>) {
  const { data } = props;
  const classes = useStyles();
  const entityRoute = useRouteRef(entityRouteRef);
  const className = join(
    classes.node,
    data.current && classes.current,
    data.node.external && classes.external,
    data.inCycle && classes.cycle,
  );
  const label = describe(data);
  const { kind, namespace, name } = data.node;
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      {data.linkable ? (
        <Link
          to={`${entityRoute(
            entityRouteParams(
              { kind, namespace, name },
              { encodeParams: true },
            ),
          )}/slos`}
          className={join(classes.link, className)}
          aria-label={`${label}: open its SLOs`}
          data-testid={`slo-node-${data.node.entityRef}`}
        >
          <NodeBody data={data} />
        </Link>
      ) : (
        <div
          className={className}
          role="group"
          aria-label={label}
          data-testid={`slo-node-${data.node.entityRef}`}
        >
          <NodeBody data={data} />
        </div>
      )}
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </>
  );
}

export const ServiceNode = memo(ServiceBox);
