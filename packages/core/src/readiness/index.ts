export type { MasteryValue, Readiness, ReadinessOptions } from './estimateReadiness.js';
export { estimateReadiness } from './estimateReadiness.js';
