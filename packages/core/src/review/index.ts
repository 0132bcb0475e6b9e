export { dueReviews } from './dueReviews.js';
export {
  applyReviews,
  DEFAULT_SLOW_MS,
  gradeAnswer,
  questionBudgetMs,
  scheduleReview,
  slowThresholdMs,
} from './scheduleReview.js';
export type * from './types.js';
