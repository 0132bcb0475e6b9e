export type * from './blueprint/types.js';
export { blueprintRef } from './blueprint/types.js';
