/** A link to official learning material for a domain. */
export interface Resource {
  readonly title: string;
  readonly url: string;
}

/** One skill domain of an exam outline, e.g. "Implement natural language processing solutions (30–35%)". */
export interface Domain {
  /** kebab-case, stable across releases of the library (e.g. `nlp`). */
  readonly id: string;
  readonly name: string;
  /** The share of the exam as the outline states it: `[min, max]` percent. */
  readonly weight: readonly [number, number];
  readonly resources?: readonly Resource[];
}

/** An exam's skills outline at one point in time. */
export interface Blueprint {
  /** The exam code, e.g. `AI-102`. */
  readonly code: string;
  /** The month of the skills outline this follows, `YYYY-MM`. */
  readonly version: string;
  readonly title: string;
  /** Answering time in minutes. */
  readonly durationMinutes: number;
  /** The typical number of questions. */
  readonly questionCount: number;
  /** The range of question counts a sitting may have, when the outline states one (AI-103: 40–60). */
  readonly questionCountRange?: readonly [number, number];
  readonly passingScore: number;
  readonly maxScore: number;
  /** The official page the outline comes from (https). */
  readonly source: string;
  /** The "skills measured as of" date the outline states, ISO `YYYY-MM-DD`, when known. */
  readonly skillsMeasuredAsOf?: string;
  /** ISO date on which the exam retires, if announced. */
  readonly retiresOn?: string;
  /** The exam code that replaces it, if any. */
  readonly successor?: string;
  readonly domains: readonly Domain[];
}

/** `CODE@VERSION`, e.g. `AI-103@2026-04`. */
export type BlueprintRef = `${string}@${string}`;

/** The canonical reference of a blueprint, `CODE@VERSION`. */
export function blueprintRef(blueprint: Pick<Blueprint, 'code' | 'version'>): BlueprintRef {
  return `${blueprint.code}@${blueprint.version}`;
}
