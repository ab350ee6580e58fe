/** One alert from pending to resolved, in unix seconds. */
export interface Episode {
  pendingAt: number;
  firingAt: number;
  /** Null when the condition still holds at the last evaluation. */
  resolvedAt: number | null;
}

export interface EpisodeGrid {
  /** Last evaluation of the query, on the step grid. */
  end: number;
  step: number;
  forSeconds: number;
}

/**
 * Applies Prometheus' alert state machine to the instants at which the
 * condition held (the timestamps of a range query of the condition, which
 * drops the instants where it did not): pending at the first evaluation
 * where it holds, firing at the first evaluation at least `for` later if it
 * held at every evaluation in between, resolved at the first evaluation
 * where it no longer holds. Runs shorter than `for` never fire and are
 * dropped, as Prometheus drops a pending alert.
 */
export function alertEpisodes(holdsAt: number[], grid: EpisodeGrid): Episode[] {
  const times = [...new Set(holdsAt.map(t => Math.round(t)))].sort(
    (a, b) => a - b,
  );
  const forSteps = Math.ceil(grid.forSeconds / grid.step);
  const episodes: Episode[] = [];
  let i = 0;
  while (i < times.length) {
    let j = i;
    while (j + 1 < times.length && times[j + 1] - times[j] === grid.step) j++;
    const pendingAt = times[i];
    const firingAt = pendingAt + forSteps * grid.step;
    if (firingAt <= times[j]) {
      const after = times[j] + grid.step;
      episodes.push({
        pendingAt,
        firingAt,
        resolvedAt: after > grid.end ? null : after,
      });
    }
    i = j + 1;
  }
  return episodes;
}

/** Episodes firing at some time in [from, to], and minutes spent firing there. */
export function clipEpisodes(
  episodes: Episode[],
  from: number,
  to: number,
): { episodes: Episode[]; firingMinutes: number } {
  const inRange = episodes.filter(
    e => e.firingAt <= to && (e.resolvedAt === null || e.resolvedAt > from),
  );
  const seconds = inRange.reduce(
    (sum, e) =>
      sum + Math.min(e.resolvedAt ?? to, to) - Math.max(e.firingAt, from),
    0,
  );
  return { episodes: inRange, firingMinutes: seconds / 60 };
}
