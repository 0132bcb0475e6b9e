export { EstimateInputError } from './EstimateInputError.js';
export {
  DEFAULT_HALF_LIFE_DAYS,
  estimateMastery,
  masteryMeans,
  SCORE_REPORT_STRENGTH,
  SELF_RATING_STRENGTH,
} from './estimateMastery.js';
export type * from './types.js';
