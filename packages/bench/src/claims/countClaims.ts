import type { ClaimedRow } from './claimWorker.js';

export interface ClaimCount {
  /** Distinct due learners that got a claim. */
  readonly claimed: number;
  /** Claims beyond the first for the same learner and day: each would be a second message. */
  readonly duplicates: number;
  /** Due learners nobody claimed. */
  readonly misses: number;
  /** Claims for learners who were not due. */
  readonly unexpected: number;
}

/** Checks the claims of every claimer together against the learners that were due. */
export function countClaims(
  due: ReadonlySet<string>,
  claimsByClaimer: readonly (readonly ClaimedRow[])[],
): ClaimCount {
  const seen = new Set<string>();
  let duplicates = 0;
  let unexpected = 0;
  for (const claims of claimsByClaimer) {
    for (const claim of claims) {
      const key = `${claim.learnerId}/${claim.localDate}`;
      if (seen.has(key)) duplicates += 1;
      else seen.add(key);
      if (!due.has(claim.learnerId)) unexpected += 1;
    }
  }
  const claimedLearners = new Set(
    claimsByClaimer.flatMap((claims) => claims.map((c) => c.learnerId)),
  );
  let misses = 0;
  for (const id of due) if (!claimedLearners.has(id)) misses += 1;
  const claimed = [...claimedLearners].filter((id) => due.has(id)).length;
  return { claimed, duplicates, misses, unexpected };
}
