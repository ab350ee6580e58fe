import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import {
  recommendedTargets,
  SloRecommendationResponse,
  SloTier,
} from '@slo-engine/plugin-slo-common';
import { FormEvent } from 'react';
import { TIER_LABELS, TIERS } from '../shared';
import { DecisionDraft, fieldError } from './decisionForm';
import { DecisionAction, DecisionFormValues } from './decisionValues';
import { formatTargets } from './formatSlo';
import { ModifyFields } from './ModifyFields';

/** Props of {@link DecisionForm}. */
export interface DecisionFormProps {
  body: SloRecommendationResponse;
  values: DecisionFormValues;
  draft: DecisionDraft;
  /** Show the errors that only matter once the user tried to submit. */
  attempted: boolean;
  disabled: boolean;
  submitting: boolean;
  /** Id of the text that says why the form is disabled. */
  describedBy?: string;
  onChange: (changes: Partial<DecisionFormValues>) => void;
  onSubmit: () => void;
}

const ACTIONS: [DecisionAction, string][] = [
  ['accept', 'Accept the tier'],
  ['modify', 'Modify it'],
  ['reject', 'Reject the recommendation'],
];

function tierLabel(body: SloRecommendationResponse, tier: SloTier) {
  const targets = formatTargets(recommendedTargets(body, tier));
  return `${TIER_LABELS[tier]}: ${targets}${
    tier === 'balanced' ? ' (recommended)' : ''
  }`;
}

function submitLabel(values: DecisionFormValues, submitting: boolean) {
  if (submitting) return 'Saving…';
  if (values.action === 'accept') return `Accept ${values.tier} tier`;
  if (values.action === 'modify') return 'Activate modified SLO';
  return 'Reject recommendation';
}

/** Tier, action, the modify fields and the rationale of a decision. */
export function DecisionForm(props: DecisionFormProps) {
  const { body, values, draft, attempted, disabled, onChange } = props;
  const rationaleError = attempted ? draft.errors.rationale : undefined;
  const formError = attempted ? draft.errors.form : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit();
  };
  return (
    <form
      onSubmit={submit}
      aria-label="Decide on the recommendation"
      noValidate
    >
      <FormControl component="fieldset" disabled={disabled} margin="dense">
        <FormLabel component="legend">Tier</FormLabel>
        <RadioGroup
          name="slo-decide-tier"
          value={values.tier}
          onChange={e => onChange({ tier: e.target.value as SloTier })}
        >
          {TIERS.map(tier => (
            <FormControlLabel
              key={tier}
              value={tier}
              control={<Radio />}
              label={tierLabel(body, tier)}
            />
          ))}
        </RadioGroup>
      </FormControl>
      <FormControl component="fieldset" disabled={disabled} margin="dense">
        <FormLabel component="legend">Decision</FormLabel>
        <RadioGroup
          row
          name="slo-decide-action"
          value={values.action}
          onChange={e => onChange({ action: e.target.value as DecisionAction })}
        >
          {ACTIONS.map(([action, label]) => (
            <FormControlLabel
              key={action}
              value={action}
              control={<Radio />}
              label={label}
            />
          ))}
        </RadioGroup>
      </FormControl>
      {values.action === 'modify' && (
        <ModifyFields
          body={body}
          values={values}
          draft={draft}
          disabled={disabled}
          onChange={onChange}
        />
      )}
      <Box mt={2}>
        <TextField
          id="slo-decide-rationale"
          label={
            values.action === 'accept' ? 'Rationale (optional)' : 'Rationale'
          }
          required={values.action !== 'accept'}
          value={values.rationale}
          onChange={e => onChange({ rationale: e.target.value })}
          error={Boolean(rationaleError)}
          helperText={
            rationaleError
              ? fieldError('rationale', rationaleError)
              : 'Recorded in the SLO history with your name.'
          }
          multiline
          minRows={2}
          disabled={disabled}
          fullWidth
        />
      </Box>
      {formError && (
        <Typography role="alert" color="error" variant="body2">
          {formError}
        </Typography>
      )}
      <Box mt={2}>
        <Button
          type="submit"
          variant="contained"
          color={values.action === 'reject' ? 'secondary' : 'primary'}
          disabled={disabled}
          aria-describedby={props.describedBy}
        >
          {submitLabel(values, props.submitting)}
        </Button>
      </Box>
    </form>
  );
}
