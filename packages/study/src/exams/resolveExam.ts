import {
  type Blueprint,
  blueprintRef,
  blueprints,
  domainShares,
  findBlueprint,
  isRetired,
  latestBlueprint,
} from '@certpace/core';
import { StudyError } from '../errors/StudyError.js';

/**
 * The blueprint a learner means: `AI-103@2026-04`, a bare code for its newest
 * outline, or nothing for the newest exam that has not retired by `today`.
 */
export function resolveExam(ref: string | undefined | null, today: string): Blueprint {
  if (ref === undefined || ref === null || ref.trim() === '') return latestBlueprint({ today });
  const found = findBlueprint(ref.trim());
  if (found) return found;
  const known = blueprints.map((b) => blueprintRef(b)).join(', ');
  throw new StudyError(
    'unknown-exam',
    `Exam: "${ref}" is not an exam certpace knows. Known: ${known} (a bare code such as AI-103 means its newest outline).`,
    {
      field: 'exam',
      hints: { discord: 'See /exam list.', cli: 'See `certpace exams`.' },
    },
  );
}

/** A domain id of the blueprint (case-insensitive), or `unknown-domain` listing the valid ones. */
export function resolveDomain(blueprint: Blueprint, domain: string, field = 'domain'): string {
  const wanted = domain.trim().toLowerCase();
  const found = blueprint.domains.find((d) => d.id === wanted || d.name.toLowerCase() === wanted);
  if (found) return found.id;
  throw new StudyError(
    'unknown-domain',
    `Domain: "${domain}" is not a domain of ${blueprintRef(blueprint)}. Its domains are ${blueprint.domains.map((d) => d.id).join(', ')}.`,
    { field },
  );
}

export function domainName(blueprint: Blueprint, id: string | null | undefined): string | null {
  if (!id) return null;
  return blueprint.domains.find((d) => d.id === id)?.name ?? id;
}

/** An exam outline as front ends list it. */
export interface ExamView {
  readonly ref: string;
  readonly code: string;
  readonly version: string;
  readonly title: string;
  readonly durationMinutes: number;
  readonly questionCount: number;
  readonly passingScore: number;
  readonly maxScore: number;
  readonly source: string;
  readonly retiresOn: string | null;
  readonly successor: string | null;
  /** Retired on the day asked about. */
  readonly retired: boolean;
  /** The exam new plans default to. */
  readonly isDefault: boolean;
  readonly domains: readonly {
    readonly id: string;
    readonly name: string;
    readonly weight: readonly [number, number];
    /** Normalised share of the exam, 0..1. */
    readonly share: number;
    readonly resources: readonly { readonly title: string; readonly url: string }[];
  }[];
}

export function examView(blueprint: Blueprint, today: string): ExamView {
  const shares = domainShares(blueprint);
  const ref = blueprintRef(blueprint);
  return {
    ref,
    code: blueprint.code,
    version: blueprint.version,
    title: blueprint.title,
    durationMinutes: blueprint.durationMinutes,
    questionCount: blueprint.questionCount,
    passingScore: blueprint.passingScore,
    maxScore: blueprint.maxScore,
    source: blueprint.source,
    retiresOn: blueprint.retiresOn ?? null,
    successor: blueprint.successor ?? null,
    retired: isRetired(blueprint, today),
    isDefault: blueprintRef(latestBlueprint({ today })) === ref,
    domains: blueprint.domains.map((d) => ({
      id: d.id,
      name: d.name,
      weight: d.weight,
      share: shares[d.id] ?? 0,
      resources: d.resources ?? [],
    })),
  };
}
