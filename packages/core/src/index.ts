// The public API of @certpace/core. Each area keeps its own barrel.
export * from './blueprint/index.js';
export * from './mastery/index.js';
export * from './plan/index.js';
export * from './questions/index.js';
export * from './quiz/index.js';
export * from './readiness/index.js';
export * from './review/index.js';
export * from './weighting/index.js';
