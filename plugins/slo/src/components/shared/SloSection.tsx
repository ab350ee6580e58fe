import { InfoCard, Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import { SloErrorPanel } from '../SloErrorPanel';

/** What a section shows when it has nothing to show, and what to do. */
export interface SloSectionEmpty {
  title: string;
  description: string | JSX.Element;
  /** E.g. a link to the docs or a button. */
  action?: JSX.Element;
}

/** Props of {@link SloSection}. */
export interface SloSectionProps<T> {
  title: ReactNode;
  subheader?: ReactNode;
  /** What the section loads, for the error title: "the recommendation". */
  what: string;
  /** `useAsyncRetry` state of the section's request. */
  state: {
    loading: boolean;
    error?: Error;
    value?: T;
    retry?: () => void;
  };
  /** Returns the empty state when the value has nothing to show. */
  empty?: (value: T | undefined) => SloSectionEmpty | undefined;
  /** Extra controls in the card header, e.g. a regenerate button. */
  action?: ReactNode;
  children: (value: T) => ReactNode;
}

/**
 * One section of the SLOs tab: a card with the section's loading, error
 * (with what to do and a retry) and empty states, so every section behaves
 * the same way and a failing one does not hide the others.
 */
export function SloSection<T>(props: SloSectionProps<T>) {
  const { title, subheader, what, state, empty, action, children } = props;
  let body: ReactNode;
  if (state.loading) {
    body = <Progress aria-label={`Loading ${what}`} />;
  } else if (state.error) {
    body = (
      <>
        <SloErrorPanel error={state.error} what={what} />
        {state.retry && (
          <Button onClick={state.retry} variant="outlined">
            Try again
          </Button>
        )}
      </>
    );
  } else {
    const nothing = empty?.(state.value);
    if (nothing) {
      // Not core-components' EmptyState: its h5 title would skip heading
      // levels under the section's h2.
      body = (
        <Box py={2}>
          <Typography variant="h6" component="h3" gutterBottom>
            {nothing.title}
          </Typography>
          <Typography variant="body1" component="div" color="textSecondary">
            {nothing.description}
          </Typography>
          {nothing.action && <Box mt={2}>{nothing.action}</Box>}
        </Box>
      );
    } else {
      body = children(state.value as T);
    }
  }
  return (
    <InfoCard
      title={title}
      subheader={subheader}
      action={action}
      // Section titles are headings, so screen readers can jump between them.
      titleTypographyProps={{ component: 'h2' }}
    >
      {body}
    </InfoCard>
  );
}
