import { ReactNode } from 'react';
import { RecommendationState, useRecommendation } from './useRecommendation';

function OwnRecommendation(props: {
  children: (state: RecommendationState) => ReactNode;
}) {
  const state = useRecommendation();
  return <>{props.children(state)}</>;
}

/**
 * Renders `children` with the given recommendation state, or with one it
 * loads itself: sections work alone, and share one request when the tab
 * passes them the same state. (A hook cannot be called conditionally, so
 * the loading variant is its own component.)
 */
export function WithRecommendation(props: {
  state?: RecommendationState;
  children: (state: RecommendationState) => ReactNode;
}) {
  if (props.state) return <>{props.children(props.state)}</>;
  return <OwnRecommendation>{props.children}</OwnRecommendation>;
}
