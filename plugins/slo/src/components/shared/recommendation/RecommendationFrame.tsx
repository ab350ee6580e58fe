import Button from '@material-ui/core/Button';
import { SloRecommendationResponse } from '@slo-engine/plugin-slo-common';
import { ReactNode } from 'react';
import { DocsHint } from '../DocsHint';
import { SloSection, SloSectionEmpty } from '../SloSection';
import { unknownEntityMessage } from './unknownEntity';
import { RecommendationState } from './useRecommendation';

/** Props of {@link RecommendationFrame}. */
export interface RecommendationFrameProps {
  title: ReactNode;
  /** What the section loads, for the error title. */
  what: string;
  state: RecommendationState;
  action?: ReactNode;
  /** Extra empty state for a loaded recommendation without the needed part. */
  empty?: (body: SloRecommendationResponse) => SloSectionEmpty | undefined;
  children: (body: SloRecommendationResponse) => ReactNode;
}

function unknownEntity(message: string, retry: () => void): SloSectionEmpty {
  return {
    title: 'The SLO engine does not know this entity yet',
    description: (
      <>
        {message.replace(/\.$/, '')}. Catalog components and resources are
        picked up at the next catalog read; a service only named in dependency
        data needs that data ingested first. How the engine maps entities:{' '}
        <DocsHint page="annotations.md" />.
      </>
    ),
    action: (
      <Button variant="outlined" onClick={retry}>
        Check again
      </Button>
    ),
  };
}

const noRecommendation: SloSectionEmpty = {
  title: 'No recommendation yet',
  description: 'The SLO engine has not answered with a recommendation.',
};

/**
 * The card of the Recommendation, Why and Decide sections: {@link SloSection}
 * with the recommendation's own empty state for an entity the engine does
 * not know (the backend's 404 NotFoundError), which is not an error to the
 * owner but something to wait for or fix in the catalog.
 */
export function RecommendationFrame(props: RecommendationFrameProps) {
  const { title, what, state, action, empty, children } = props;
  const notKnown = state.loading
    ? undefined
    : unknownEntityMessage(state.error);
  return (
    <SloSection<SloRecommendationResponse>
      title={title}
      what={what}
      action={action}
      state={{
        loading: state.loading,
        error: notKnown ? undefined : state.error,
        value: state.value,
        retry: state.retry,
      }}
      empty={value => {
        if (notKnown) return unknownEntity(notKnown, state.retry);
        // Not reached through useAsyncRetry, but never render children
        // without a body.
        if (!value) return noRecommendation;
        return empty?.(value);
      }}
    >
      {children}
    </SloSection>
  );
}
