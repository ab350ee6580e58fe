import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import TextField from '@material-ui/core/TextField';
import {
  ENTITY_CRITICALITIES,
  EntityCriticality,
} from '@slo-engine/plugin-slo-common';
import { RULE_TIERS, RuleFormErrors, RuleFormValues } from './ruleForm';

type ListField = 'kind' | 'type' | 'lifecycle' | 'team';

const LIST_FIELDS: Array<{ field: ListField; label: string; example: string }> =
  [
    { field: 'kind', label: 'Kinds', example: 'component, resource' },
    { field: 'type', label: 'Types', example: 'service' },
    { field: 'lifecycle', label: 'Lifecycles', example: 'production' },
    { field: 'team', label: 'Teams', example: 'team-checkout' },
  ];

/** The fields of the auto-approval rule form, controlled by the dialog. */
export function RuleFormFields(props: {
  values: RuleFormValues;
  errors: RuleFormErrors;
  onChange: (values: RuleFormValues) => void;
}) {
  const { values, errors, onChange } = props;
  const set = (change: Partial<RuleFormValues>) =>
    onChange({ ...values, ...change });
  const toggleCriticality = (c: EntityCriticality, on: boolean) =>
    set({
      criticality: ENTITY_CRITICALITIES.filter(x =>
        x === c ? on : values.criticality.includes(x),
      ),
    });

  return (
    <>
      <TextField
        id="slo-rule-name"
        label="Name"
        required
        fullWidth
        margin="normal"
        value={values.name}
        error={Boolean(errors.name)}
        helperText={errors.name}
        onChange={e => set({ name: e.target.value })}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={values.enabled}
            onChange={e => set({ enabled: e.target.checked })}
          />
        }
        label="Enabled: apply the rule to new recommendations"
      />
      <TextField
        id="slo-rule-tier"
        select
        SelectProps={{ native: true }}
        label="Tier to accept"
        fullWidth
        margin="normal"
        value={values.tier}
        error={Boolean(errors.tier)}
        helperText={errors.tier}
        onChange={e => set({ tier: e.target.value as RuleFormValues['tier'] })}
      >
        {RULE_TIERS.map(tier => (
          <option key={tier} value={tier}>
            {tier}
          </option>
        ))}
      </TextField>
      <FormControl
        component="fieldset"
        margin="normal"
        error={Boolean(errors.criticality)}
      >
        <FormLabel component="legend">Criticality</FormLabel>
        <FormGroup row>
          {ENTITY_CRITICALITIES.map(c => (
            <FormControlLabel
              key={c}
              label={c}
              control={
                <Checkbox
                  checked={values.criticality.includes(c)}
                  onChange={e => toggleCriticality(c, e.target.checked)}
                />
              }
            />
          ))}
        </FormGroup>
        {errors.criticality && (
          <FormHelperText>{errors.criticality}</FormHelperText>
        )}
      </FormControl>
      <TextField
        id="slo-rule-confidence"
        label="Minimum confidence (0 to 1)"
        fullWidth
        margin="normal"
        inputProps={{ inputMode: 'decimal' }}
        value={values.confidenceMin}
        error={Boolean(errors.confidenceMin)}
        helperText={
          errors.confidenceMin ??
          "The recommendation's data confidence, e.g. 0.85"
        }
        onChange={e => set({ confidenceMin: e.target.value })}
      />
      {LIST_FIELDS.map(({ field, label, example }) => (
        <TextField
          key={field}
          id={`slo-rule-${field}`}
          label={label}
          fullWidth
          margin="normal"
          value={values[field]}
          error={Boolean(errors[field])}
          helperText={errors[field] ?? `Comma-separated, e.g. ${example}`}
          onChange={e => set({ [field]: e.target.value })}
        />
      ))}
    </>
  );
}
