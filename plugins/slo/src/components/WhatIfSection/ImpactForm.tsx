import Button from '@material-ui/core/Button';
import { makeStyles } from '@material-ui/core/styles';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { FormEvent } from 'react';
import {
  ImpactField,
  ImpactFormErrors,
  ImpactFormValues,
} from './validateImpactForm';

const useStyles = makeStyles(theme => ({
  form: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: theme.spacing(2),
  },
  field: { width: 260 },
  submit: { marginTop: theme.spacing(1) },
}));

/** Props of {@link ImpactForm}. */
export interface ImpactFormProps {
  values: ImpactFormValues;
  errors: ImpactFormErrors;
  /** Why the form cannot be used, shown instead of letting it fail. */
  disabledReason?: string;
  running: boolean;
  onChange: (field: ImpactField, value: string) => void;
  onSubmit: () => void;
}

/**
 * The proposed target (required) and the current one (optional). Targets
 * are typed as text with a decimal keyboard: a number input would drop a
 * decimal comma silently instead of letting the check explain it.
 */
export function ImpactForm(props: ImpactFormProps) {
  const { values, errors, disabledReason, running } = props;
  const classes = useStyles();
  const disabled = disabledReason !== undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!disabled && !running) props.onSubmit();
  };
  return (
    <form className={classes.form} onSubmit={submit} noValidate>
      <TextField
        id="slo-whatif-proposed"
        label="Proposed availability target (%)"
        value={values.proposed}
        onChange={e => props.onChange('proposed', e.target.value)}
        error={Boolean(errors.proposed)}
        helperText={errors.proposed ?? 'Above 0 and below 100, e.g. 99.5'}
        required
        disabled={disabled}
        inputProps={{ inputMode: 'decimal' }}
        variant="outlined"
        size="small"
        className={classes.field}
      />
      <TextField
        id="slo-whatif-current"
        label="Current target (%)"
        value={values.current}
        onChange={e => props.onChange('current', e.target.value)}
        error={Boolean(errors.current)}
        helperText={
          errors.current ??
          'Optional: defaults to the active SLO, else the observed 30-day availability'
        }
        disabled={disabled}
        inputProps={{ inputMode: 'decimal' }}
        variant="outlined"
        size="small"
        className={classes.field}
      />
      <div className={classes.submit}>
        <Button
          type="submit"
          variant="contained"
          color="primary"
          disabled={disabled || running}
          aria-describedby={disabled ? 'slo-whatif-disabled' : undefined}
        >
          {running ? 'Analysing…' : 'Analyse impact'}
        </Button>
        {disabled && (
          <Typography
            id="slo-whatif-disabled"
            variant="body2"
            color="textSecondary"
          >
            {disabledReason}
          </Typography>
        )}
      </div>
    </form>
  );
}
