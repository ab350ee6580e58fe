import { ResponseErrorPanel } from '@backstage/core-components';
import { describeSloError } from './describeSloError';

/** Props of {@link SloErrorPanel}. */
export interface SloErrorPanelProps {
  error: Error;
  /** What could not be loaded, e.g. "the SLO engine status". */
  what: string;
}

/** An error panel whose title tells the reader what to do about the error. */
export function SloErrorPanel(props: SloErrorPanelProps) {
  const { error, what } = props;
  return (
    <ResponseErrorPanel error={error} title={describeSloError(error, what)} />
  );
}
