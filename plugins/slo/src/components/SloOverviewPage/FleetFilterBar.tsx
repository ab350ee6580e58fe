import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import { FormEvent, useEffect, useState } from 'react';
import { useFleetFilter } from './useFleetFilter';

const useStyles = makeStyles(theme => ({
  form: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(3),
  },
  button: { marginTop: theme.spacing(1) },
}));

/**
 * The team and system filters of the page. They are applied on submit (not
 * per keystroke, which would reload every panel for each letter) and kept
 * in the URL.
 */
export function FleetFilterBar() {
  const classes = useStyles();
  const { filter, setFilter } = useFleetFilter();
  const [team, setTeam] = useState(filter.team ?? '');
  const [system, setSystem] = useState(filter.system ?? '');

  // A team link in a table changes the URL: show its value in the inputs.
  useEffect(() => {
    setTeam(filter.team ?? '');
    setSystem(filter.system ?? '');
  }, [filter.team, filter.system]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ team, system });
  };

  return (
    <form
      className={classes.form}
      onSubmit={apply}
      role="search"
      aria-label="Filter the SLO overview"
    >
      <TextField
        id="slo-overview-team"
        label="Team"
        variant="outlined"
        size="small"
        value={team}
        helperText="Name or ref, e.g. team-checkout"
        onChange={e => setTeam(e.target.value)}
      />
      <TextField
        id="slo-overview-system"
        label="System"
        variant="outlined"
        size="small"
        value={system}
        helperText="Name or ref, e.g. checkout"
        onChange={e => setSystem(e.target.value)}
      />
      <Button
        className={classes.button}
        type="submit"
        variant="contained"
        color="primary"
      >
        Apply filters
      </Button>
      <Button
        className={classes.button}
        variant="outlined"
        disabled={!filter.team && !filter.system}
        onClick={() => setFilter({})}
      >
        Clear filters
      </Button>
    </form>
  );
}
