import type { Blueprint, Domain } from '../blueprint/types.js';
import type { MockSitting } from './placeMockExam.js';
import type { Task, TaskKind } from './types.js';

/** The kinds of domain study, in the order a day lists them. */
export const DOMAIN_KINDS = ['learn', 'lab', 'quiz', 'review'] as const;
export type DomainKind = (typeof DOMAIN_KINDS)[number];

const TITLE_PREFIX: Record<DomainKind, string> = {
  learn: 'Learn',
  lab: 'Hands-on lab',
  quiz: 'Practice quiz',
  review: 'Review',
};

/** Hands out ids that are unique in a plan and derived only from the task's date, kind and domain. */
export class TaskIds {
  private readonly taken: Set<string>;

  constructor(taken: Iterable<string> = []) {
    this.taken = new Set(taken);
  }

  claim(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n += 1) id = `${base}:${n}`;
    this.taken.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }
}

export function domainTask(
  ids: TaskIds,
  date: string,
  domain: Domain,
  kind: DomainKind,
  blocks: number,
  blockMinutes: number,
  light: boolean,
): Task {
  const prefix = light ? 'Light review' : TITLE_PREFIX[kind];
  const withResources = (kind === 'learn' || kind === 'lab') && domain.resources !== undefined;
  return {
    id: ids.claim(`${date}:${kind}:${domain.id}`),
    date,
    domainId: domain.id,
    kind,
    minutes: blocks * blockMinutes,
    title: `${prefix}: ${domain.name}`,
    ...(withResources ? { resources: domain.resources } : {}),
  };
}

export function mockTask(
  ids: TaskIds,
  date: string,
  blueprint: Blueprint,
  sitting: MockSitting,
): Task {
  const whole = sitting.parts === 1;
  const kind: TaskKind = 'mock-exam';
  return {
    id: ids.claim(whole ? `${date}:${kind}` : `${date}:${kind}:part-${sitting.part}`),
    date,
    kind,
    minutes: sitting.minutes,
    title: whole
      ? `Full mock exam: ${blueprint.questionCount} questions in ${sitting.minutes} min`
      : `Mock exam part ${sitting.part} of ${sitting.parts}: ${sitting.questions} questions in ${sitting.minutes} min`,
    questions: sitting.questions,
  };
}

/**
 * One day's domain blocks as tasks: the blocks of a domain are listed together
 * (domains in the order they were picked), and a domain's blocks of one kind
 * merge into one task.
 */
export function dayDomainTasks(
  ids: TaskIds,
  date: string,
  blueprint: Blueprint,
  picks: readonly { domain: number; kind: DomainKind }[],
  blockMinutes: number,
  light: boolean,
): Task[] {
  const order: number[] = [];
  const counts = new Map<number, Record<DomainKind, number>>();
  for (const { domain, kind } of picks) {
    let byKind = counts.get(domain);
    if (!byKind) {
      byKind = { learn: 0, lab: 0, quiz: 0, review: 0 };
      counts.set(domain, byKind);
      order.push(domain);
    }
    byKind[kind] += 1;
  }
  return order.flatMap((index) => {
    const domain = blueprint.domains[index]!;
    const byKind = counts.get(index)!;
    return DOMAIN_KINDS.filter((kind) => byKind[kind] > 0).map((kind) =>
      domainTask(ids, date, domain, kind, byKind[kind], blockMinutes, light),
    );
  });
}
