import type { Blueprint, ReplanResult } from '@certpace/core';

export type ReplanReason = 'edit' | 'quiz' | 'score-report';

/** One domain before and after a replan, from today on. */
export interface DomainChange {
  readonly domainId: string;
  readonly name: string;
  readonly minutesBefore: number;
  readonly minutesAfter: number;
  /** The mastery the plan was built with, 0..1, before and after. */
  readonly masteryBefore: number | null;
  readonly masteryAfter: number | null;
}

/** What a replan changed, short enough to announce after a quiz or a score report. */
export interface PlanChange {
  readonly planId: string;
  readonly examRef: string;
  readonly reason: ReplanReason;
  /** The learner's local date the plan was rebuilt from. */
  readonly today: string;
  readonly revision: number;
  readonly domains: readonly DomainChange[];
  readonly keptTasks: number;
  readonly missedTasks: number;
  readonly rescheduledTasks: number;
  readonly droppedTasks: number;
  readonly warnings: readonly string[];
  /** A few plain sentences, the most important first: what moved and why. */
  readonly summary: readonly string[];
}

const SIGNIFICANT_MASTERY = 0.02;

function minutes(n: number): string {
  if (n < 120) return `${n} min`;
  const rest = n % 60;
  return rest === 0 ? `${n / 60} h` : `${Math.floor(n / 60)} h ${rest} min`;
}

export function describeChange(input: {
  planId: string;
  examRef: string;
  reason: ReplanReason;
  revision: number;
  blueprint: Blueprint;
  result: ReplanResult;
  masteryBefore: Readonly<Record<string, number>>;
  masteryAfter: Readonly<Record<string, number>>;
}): PlanChange {
  const { blueprint, result } = input;
  const { summary } = result;
  const domains: DomainChange[] = blueprint.domains.map((d) => ({
    domainId: d.id,
    name: d.name,
    minutesBefore: summary.minutesBefore[d.id] ?? 0,
    minutesAfter: summary.minutesAfter[d.id] ?? 0,
    masteryBefore: input.masteryBefore[d.id] ?? null,
    masteryAfter: input.masteryAfter[d.id] ?? null,
  }));
  const lines: string[] = [];
  const delta = (d: DomainChange) => d.minutesAfter - d.minutesBefore;
  const more = domains.filter((d) => delta(d) > 0).sort((a, b) => delta(b) - delta(a));
  const less = domains.filter((d) => delta(d) < 0).sort((a, b) => delta(a) - delta(b));
  const improved = domains.filter(
    (d) =>
      d.masteryBefore !== null &&
      d.masteryAfter !== null &&
      d.masteryAfter - d.masteryBefore >= SIGNIFICANT_MASTERY,
  );
  const weaker = domains.filter(
    (d) =>
      d.masteryBefore !== null &&
      d.masteryAfter !== null &&
      d.masteryBefore - d.masteryAfter >= SIGNIFICANT_MASTERY,
  );
  if (weaker.length > 0)
    lines.push(`Weaker than planned: ${weaker.map((d) => d.name).join(', ')}.`);
  if (improved.length > 0)
    lines.push(`Stronger than planned: ${improved.map((d) => d.name).join(', ')}.`);
  if (more.length > 0) {
    lines.push(
      `More time for ${more
        .slice(0, 3)
        .map((d) => `${d.name} (+${minutes(delta(d))})`)
        .join(', ')}.`,
    );
  }
  if (less.length > 0) {
    lines.push(
      `Less time for ${less
        .slice(0, 3)
        .map((d) => `${d.name} (−${minutes(-delta(d))})`)
        .join(', ')}.`,
    );
  }
  if (summary.rescheduledTasks > 0) {
    lines.push(
      `${summary.rescheduledTasks} missed task${summary.rescheduledTasks === 1 ? '' : 's'} moved to later days.`,
    );
  }
  if (summary.droppedTasks > 0) {
    lines.push(
      `${summary.droppedTasks} missed task${summary.droppedTasks === 1 ? '' : 's'} no longer fit before the exam.`,
    );
  }
  if (lines.length === 0) lines.push('The schedule from today on stays as it was.');
  return {
    planId: input.planId,
    examRef: input.examRef,
    reason: input.reason,
    today: summary.today,
    revision: input.revision,
    domains,
    keptTasks: summary.keptTasks,
    missedTasks: summary.missedTasks,
    rescheduledTasks: summary.rescheduledTasks,
    droppedTasks: summary.droppedTasks,
    warnings: result.plan.warnings,
    summary: lines,
  };
}
