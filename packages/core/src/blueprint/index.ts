export type * from './types.js';
export { blueprintRef } from './types.js';
