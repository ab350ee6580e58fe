import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { SloRecommendationResponse } from '@slo-engine/plugin-slo-common';
import { DecisionDraft, fieldError } from './decisionForm';
import { DecisionFormValues, tierTargets } from './decisionValues';

/** Props of {@link ModifyFields}. */
export interface ModifyFieldsProps {
  body: SloRecommendationResponse;
  values: DecisionFormValues;
  draft: DecisionDraft;
  disabled: boolean;
  onChange: (changes: Partial<DecisionFormValues>) => void;
}

/**
 * The targets and window of a modify, checked as the user types, with the
 * difference to the selected tier (what the audit trail will record).
 */
export function ModifyFields(props: ModifyFieldsProps) {
  const { body, values, draft, disabled, onChange } = props;
  const targets = tierTargets(body, values.tier);
  const { errors } = draft;
  return (
    <>
      <Grid container spacing={2}>
        {targets.availability !== undefined && (
          <Grid item xs={12} sm={4}>
            <TextField
              id="slo-decide-availability"
              label="Availability target (%)"
              value={values.availability}
              onChange={e => onChange({ availability: e.target.value })}
              inputProps={{ inputMode: 'decimal' }}
              error={Boolean(errors.availability)}
              helperText={
                errors.availability
                  ? fieldError('availability', errors.availability)
                  : `${values.tier} tier: ${targets.availability}`
              }
              disabled={disabled}
              fullWidth
            />
          </Grid>
        )}
        {targets.latency && (
          <Grid item xs={12} sm={4}>
            <TextField
              id="slo-decide-latency"
              label={`${targets.latency.percentile} latency target (ms)`}
              value={values.latency}
              onChange={e => onChange({ latency: e.target.value })}
              inputProps={{ inputMode: 'decimal' }}
              error={Boolean(errors.latency)}
              helperText={
                errors.latency
                  ? fieldError('latency', errors.latency)
                  : `${values.tier} tier: ${targets.latency.target_ms} ms`
              }
              disabled={disabled}
              fullWidth
            />
          </Grid>
        )}
        <Grid item xs={12} sm={4}>
          <TextField
            id="slo-decide-window"
            select
            label="Window"
            value={values.windowDays}
            onChange={e =>
              onChange({
                windowDays: e.target.value as DecisionFormValues['windowDays'],
              })
            }
            SelectProps={{ native: true }}
            helperText="rolling days the SLO is measured over"
            disabled={disabled}
            fullWidth
          >
            <option value="30">30 days</option>
            <option value="28">28 days</option>
          </TextField>
        </Grid>
      </Grid>
      <div aria-live="polite">
        {draft.deltas.length ? (
          <>
            <Typography variant="body2">
              Changes against the {values.tier} tier:
            </Typography>
            <ul aria-label={`Changes against the ${values.tier} tier`}>
              {draft.deltas.map(d => (
                <li key={d.field}>
                  <Typography variant="body2" component="span">
                    {d.summary}
                    {d.budget && ` (${d.budget})`}
                  </Typography>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <Typography variant="body2" color="textSecondary">
            No changes yet against the {values.tier} tier.
          </Typography>
        )}
      </div>
    </>
  );
}
