/** One thing wrong with a blueprint: where (`domains[2].weight`) and what to fix. */
export interface BlueprintProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * Thrown by `parseBlueprint` (listing every problem at once) and by
 * `getBlueprint` for an unknown reference.
 */
export class BlueprintError extends Error {
  override readonly name = 'BlueprintError';
  readonly problems: readonly BlueprintProblem[];

  constructor(problems: readonly BlueprintProblem[], summary = 'Invalid blueprint') {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    const lines = problems.map((p) => `- ${p.path || '(root)'}: ${p.message}`);
    super(`${summary} (${count}):\n${lines.join('\n')}`);
    this.problems = problems;
  }
}
