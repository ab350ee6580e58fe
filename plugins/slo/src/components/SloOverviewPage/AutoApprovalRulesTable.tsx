import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { AutoApprovalRule } from '@slo-engine/plugin-slo-common';
import { formatDateTime, formatRef } from '../shared';
import { describeConditions } from './ruleForm';

/** The rules in the order the backend tries them (oldest first). */
export function AutoApprovalRulesTable(props: {
  rules: AutoApprovalRule[];
  /** Without it the edit and delete buttons are not shown. */
  onEdit?: (rule: AutoApprovalRule) => void;
  onDelete?: (rule: AutoApprovalRule) => void;
}) {
  const { rules, onEdit, onDelete } = props;
  const manage = Boolean(onEdit || onDelete);
  return (
    <Table size="small" aria-label="Auto-approval rules">
      <TableHead>
        <TableRow>
          <TableCell>Rule</TableCell>
          <TableCell>Enabled</TableCell>
          <TableCell>Accepts</TableCell>
          <TableCell>When</TableCell>
          <TableCell>Last changed</TableCell>
          {manage && <TableCell>Actions</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {rules.map(rule => (
          <TableRow key={rule.id}>
            <TableCell component="th" scope="row">
              {rule.name}
            </TableCell>
            <TableCell>{rule.enabled ? 'Yes' : 'No'}</TableCell>
            <TableCell>{rule.conditions.tier} tier</TableCell>
            <TableCell>
              {describeConditions(rule.conditions).join('; ')}
            </TableCell>
            <TableCell>
              {formatDateTime(rule.updated_at)} by{' '}
              {formatRef(rule.updated_by, 'user')}
            </TableCell>
            {manage && (
              <TableCell>
                {onEdit && (
                  <Button
                    size="small"
                    onClick={() => onEdit(rule)}
                    aria-label={`Edit rule ${rule.name}`}
                  >
                    Edit
                  </Button>
                )}
                {onDelete && (
                  <Button
                    size="small"
                    onClick={() => onDelete(rule)}
                    aria-label={`Delete rule ${rule.name}`}
                  >
                    Delete
                  </Button>
                )}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
