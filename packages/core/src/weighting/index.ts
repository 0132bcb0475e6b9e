export { DEFAULT_LAMBDA, DEFAULT_MASTERY, domainPriorities } from './domainPriorities.js';
export { domainShares } from './domainShares.js';
