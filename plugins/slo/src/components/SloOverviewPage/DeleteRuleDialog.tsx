import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import { AutoApprovalRule } from '@slo-engine/plugin-slo-common';
import { useState } from 'react';
import { sloApiRef } from '../../api';
import { serverMessage } from './serverMessage';

/** Asks before deleting a rule; SLOs it approved stay active. */
export function DeleteRuleDialog(props: {
  rule: AutoApprovalRule;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { rule, onClose, onDeleted } = props;
  const sloApi = useApi(sloApiRef);
  const [failure, setFailure] = useState<string>();
  const [deleting, setDeleting] = useState(false);

  const confirm = async () => {
    setDeleting(true);
    setFailure(undefined);
    try {
      await sloApi.deleteAutoApprovalRule(rule.id);
      onDeleted();
    } catch (e) {
      setFailure(`The rule was not deleted: ${serverMessage(e)}`);
      setDeleting(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="slo-rule-delete-title">
      <DialogTitle id="slo-rule-delete-title">
        Delete rule {rule.name}?
      </DialogTitle>
      <DialogContent>
        <DialogContentText>
          New recommendations will wait for their owners' decision. SLOs the
          rule already approved stay active.
        </DialogContentText>
        {failure && (
          <Typography color="error" role="alert">
            {failure}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          onClick={confirm}
          color="secondary"
          variant="contained"
          disabled={deleting}
        >
          Delete
        </Button>
      </DialogActions>
    </Dialog>
  );
}
