import { makeStyles } from '@material-ui/core/styles';
import { memo } from 'react';
import { NodeProps } from 'reactflow';
import { GroupNodeData } from './toFlowElements';

const useStyles = makeStyles(theme => ({
  group: {
    boxSizing: 'border-box',
    width: '100%',
    height: '100%',
    border: `2px dashed ${theme.palette.info.main}`,
    borderRadius: theme.shape.borderRadius * 2,
    background: 'transparent',
  },
  label: {
    position: 'absolute',
    top: 2,
    left: 8,
    fontSize: '0.7rem',
    color: theme.palette.text.primary,
  },
}));

/**
 * The outline around the members of a redundancy group: the caller needs
 * only one of them, so they are drawn as one unit.
 */
function GroupOutline(props: NodeProps<GroupNodeData>) {
  const classes = useStyles();
  const { name } = props.data;
  return (
    <div className={classes.group} data-testid={`slo-group-${props.id}`}>
      <span className={classes.label}>redundancy group {name}</span>
    </div>
  );
}

export const GroupNode = memo(GroupOutline);
