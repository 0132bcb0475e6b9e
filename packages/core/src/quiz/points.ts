/** Points for a correct answer before bonuses. */
export const BASE_POINTS = 100;
/** The most a correct answer earns for speed (answering the moment the question opens). */
export const MAX_SPEED_BONUS = 50;
/** Extra points per correct answer in a row beyond the first... */
export const STREAK_STEP = 10;
/** ...up to this much (reached at the sixth in a row). */
export const MAX_STREAK_BONUS = 50;

/**
 * Group-play points for one answer:
 * - wrong: 0, and the streak resets;
 * - correct: 100 + round(50 × time left / time allowed) + min(10 × (streak − 1), 50),
 *   where streak counts correct answers to consecutive questions, this one included.
 * So a question is worth 100 to 200 points.
 */
export function groupPoints(input: {
  correct: boolean;
  responseMs: number;
  windowMs: number;
  streak: number;
}): number {
  if (!input.correct) return 0;
  const left =
    input.windowMs > 0 ? Math.max(0, input.windowMs - input.responseMs) / input.windowMs : 0;
  const speed = Math.round(MAX_SPEED_BONUS * Math.min(1, left));
  const streak = Math.min(STREAK_STEP * Math.max(0, input.streak - 1), MAX_STREAK_BONUS);
  return BASE_POINTS + speed + streak;
}
