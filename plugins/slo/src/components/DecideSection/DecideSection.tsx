import {
  RecommendationFrame,
  RecommendationState,
  WithRecommendation,
} from '../shared';
import { DecidePanel, DecisionResponse } from './DecidePanel';

/** Props of {@link DecideSection}. @public */
export interface DecideSectionProps {
  /** A shared `useRecommendation()` state; loaded here when absent. */
  recommendation?: RecommendationState;
  /** Called after a decision was saved, e.g. to reload the active SLO. */
  onDecided?: (response: DecisionResponse) => void;
}

/**
 * Section 4 of the SLOs tab: accept a tier, modify it or reject the
 * recommendation, for users the permission policy lets decide.
 * @public
 */
export function DecideSection(props: DecideSectionProps) {
  return (
    <WithRecommendation state={props.recommendation}>
      {state => (
        <RecommendationFrame
          title="Decide"
          what="the SLO recommendation to decide on"
          state={state}
        >
          {body => (
            <DecidePanel
              // A fresh recommendation starts a fresh form.
              key={body.recommendation_id}
              body={body}
              state={state}
              onDecided={props.onDecided}
            />
          )}
        </RecommendationFrame>
      )}
    </WithRecommendation>
  );
}
