import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import { AutoApprovalRule } from '@slo-engine/plugin-slo-common';
import { FormEvent, useState } from 'react';
import { sloApiRef } from '../../api';
import {
  EMPTY_RULE_FORM,
  RuleFormErrors,
  ruleToForm,
  validateRuleForm,
} from './ruleForm';
import { RuleFormFields } from './RuleFormFields';
import { serverMessage } from './serverMessage';

/**
 * Creates a rule, or edits `rule`. The form is checked with the backend's
 * schema first; a refusal from the backend (e.g. a duplicate name) is shown
 * in the dialog, which stays open.
 */
export function AutoApprovalRuleDialog(props: {
  rule?: AutoApprovalRule;
  onClose: () => void;
  onSaved: (rule: AutoApprovalRule) => void;
}) {
  const { rule, onClose, onSaved } = props;
  const sloApi = useApi(sloApiRef);
  const [values, setValues] = useState(
    rule ? ruleToForm(rule) : EMPTY_RULE_FORM,
  );
  const [errors, setErrors] = useState<RuleFormErrors>({});
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const result = validateRuleForm(values);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = rule
        ? await sloApi.updateAutoApprovalRule(rule.id, result.input)
        : await sloApi.createAutoApprovalRule(result.input);
      onSaved(saved);
    } catch (e) {
      setFailure(`The rule was not saved: ${serverMessage(e)}`);
      setSaving(false);
    }
  };

  const title = rule ? `Edit rule ${rule.name}` : 'Add an auto-approval rule';
  return (
    <Dialog open onClose={onClose} aria-labelledby="slo-rule-dialog-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="slo-rule-dialog-title">{title}</DialogTitle>
        <DialogContent>
          <Typography variant="body2">
            An enabled rule accepts its tier for every new recommendation that
            meets all its conditions, unless the owner already decided.
          </Typography>
          <RuleFormFields
            values={values}
            errors={errors}
            onChange={setValues}
          />
          {errors.conditions && (
            <Typography color="error" role="alert">
              {errors.conditions}
            </Typography>
          )}
          {failure && (
            <Typography color="error" role="alert">
              {failure}
            </Typography>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={saving}
          >
            {rule ? 'Save rule' : 'Add rule'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
