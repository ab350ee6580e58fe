/**
 * Majority vote over several drift detectors watching the same series.
 * Detectors rarely fire on the same value (ADWIN only tests every `clock`
 * values, so its detections come up to clock − 1 values late), so a vote
 * counts each detector that fired at any of the last `window` values.
 */
import { z } from 'zod';
import { integer, parseOrThrow } from './validation';

/**
 * Whether at least `quorum` of the votes are true, e.g. 2 of 3.
 * @public
 */
export function confirmDrift(votes: readonly boolean[], quorum = 2): boolean {
  if (!(Number.isInteger(quorum) && quorum >= 1 && quorum <= votes.length)) {
    throw new RangeError(
      `quorum must be an integer in [1, ${votes.length}], got ${quorum}`,
    );
  }
  return votes.filter(Boolean).length >= quorum;
}

/** Parameters of a {@link DriftVote}. @public */
export interface DriftVoteParams {
  /** Number of detectors voting. */
  voters: number;
  /** Votes needed to confirm drift. */
  quorum: number;
  /** A detection counts for this many values: the one it fired on and the next window − 1. */
  window: number;
}

/** Defaults: 2 of 3 within 64 values (two ADWIN clock periods). @public */
export const DRIFT_VOTE_DEFAULTS: Readonly<DriftVoteParams> = {
  voters: 3,
  quorum: 2,
  window: 64,
};

const paramsSchema = z
  .object({ voters: integer(1, 100), quorum: integer(1), window: integer(1) })
  .strict()
  .refine(p => p.quorum <= p.voters, {
    message: 'quorum must not exceed voters',
    path: ['quorum'],
  });

const stateSchema = z
  .object({
    kind: z.literal('drift-vote'),
    version: z.literal(1),
    params: paramsSchema,
    age: z.array(integer(0).nullable()),
  })
  .strict()
  .refine(s => s.age.length === s.params.voters, {
    message: 'must have one entry per voter',
    path: ['age'],
  });

/** Serialised {@link DriftVote}. @public */
export type DriftVoteState = z.infer<typeof stateSchema>;

/**
 * Confirms drift when at least `quorum` detectors fired within the last
 * `window` values (the current one included). A confirmation consumes the
 * votes, so one change is confirmed once, not on every following value.
 * @public
 */
export class DriftVote {
  readonly params: Readonly<DriftVoteParams>;
  // Values since each detector last fired (0 = this value), null = no vote.
  private age: (number | null)[];

  constructor(params: Partial<DriftVoteParams> = {}) {
    this.params = parseOrThrow(
      paramsSchema,
      { ...DRIFT_VOTE_DEFAULTS, ...params },
      'drift vote parameters',
    );
    this.age = new Array(this.params.voters).fill(null);
  }

  static restore(state: unknown): DriftVote {
    const s = parseOrThrow(stateSchema, state, 'drift vote state');
    const vote = new DriftVote(s.params);
    vote.age = [...s.age];
    return vote;
  }

  /** Records one value's detections (one per voter) and returns whether drift is confirmed. */
  record(detections: readonly boolean[]): boolean {
    if (detections.length !== this.params.voters) {
      throw new RangeError(
        `expected ${this.params.voters} detections, got ${detections.length}`,
      );
    }
    this.age = this.age.map((age, i) => {
      if (detections[i]) return 0;
      if (age === null || age + 1 >= this.params.window) return null;
      return age + 1;
    });
    const confirmed = confirmDrift(
      this.age.map(age => age !== null),
      this.params.quorum,
    );
    if (confirmed) this.age.fill(null);
    return confirmed;
  }

  /** Which detectors currently hold a vote. */
  votes(): boolean[] {
    return this.age.map(age => age !== null);
  }

  state(): DriftVoteState {
    return {
      kind: 'drift-vote',
      version: 1,
      params: { ...this.params },
      age: [...this.age],
    };
  }
}
