export { BlueprintError, type BlueprintProblem } from './BlueprintError.js';
export { blueprints, findBlueprint, getBlueprint, isRetired, latestBlueprint } from './catalog.js';
export { parseBlueprint } from './parseBlueprint.js';
export type * from './types.js';
export { blueprintRef } from './types.js';
