export { WEEKDAYS } from '../dates/isoDate.js';
export { type AllocateOptions, allocateMinutes } from './allocateMinutes.js';
export { buildPlan } from './buildPlan.js';
export { PlanInputError } from './PlanInputError.js';
export { DEFAULT_BLOCK_MINUTES, MAX_DAY_MINUTES } from './readInput.js';
export { replan } from './replan.js';
export { summarizePlan } from './summarize.js';
export type * from './types.js';
