import { DOMAIN_KINDS, type DomainKind } from './taskFactory.js';

/** The share of a domain's study (the light last day aside) spent learning before practice takes over. */
export const LEARN_SHARE = 0.6;

export interface KindArgs {
  /** Per day, the domain index of each new slot. */
  readonly sequence: readonly (readonly number[])[];
  /** Index of the light last study day, whose slots are all review; -1 if none. */
  readonly lightDay: number;
  /** Blocks of learning (learn, lab) and practice (quiz, review) each domain already has. */
  readonly learnDone: readonly number[];
  readonly practiceDone: readonly number[];
  /**
   * Sittings (tasks) of each kind each domain already has: done tasks and
   * rolled-over ones. The lab and review rhythm continues from them, so a
   * replan keeps the plan's mix of kinds instead of starting the count again.
   */
  readonly sittingsDone?: readonly Readonly<Record<DomainKind, number>>[];
}

/** Sittings of each kind per domain, all zero. */
export function noSittings(n: number): Record<DomainKind, number>[] {
  return Array.from({ length: n }, () => ({ learn: 0, lab: 0, quiz: 0, review: 0 }));
}

/** Every third sitting is the special kind: it is due when fewer than a third of the sittings so far, this one included, had it. */
function specialDue(special: number, other: number): boolean {
  return special < Math.floor((special + other + 1) / 3);
}

export interface KindedSlot {
  readonly domain: number;
  readonly kind: DomainKind;
}

/**
 * Gives each new slot a kind. Per domain, the first blocks are learning until
 * learning makes up LEARN_SHARE of the domain's study; the rest are practice.
 * So learning and labs come first and practice follows, in every domain, and
 * a replan picks up where the learner stands. A domain's blocks on one day
 * form one sitting of one kind (split only where learning turns to
 * practice): every third learning sitting is a hands-on lab, every third
 * practice sitting a review, the others quizzes, counted from the plan's
 * first sitting (`sittingsDone`).
 */
export function assignKinds(args: KindArgs): KindedSlot[][] {
  const { sequence, lightDay, learnDone, practiceDone } = args;
  const n = learnDone.length;
  const planned = new Array<number>(n).fill(0);
  sequence.forEach((picks, d) => {
    if (d !== lightDay) for (const i of picks) planned[i]! += 1;
  });
  const learnLeft = planned.map((count, i) => {
    const total = learnDone[i]! + practiceDone[i]! + count;
    return Math.min(count, Math.max(0, Math.round(total * LEARN_SHARE) - learnDone[i]!));
  });
  const sittings = noSittings(n);
  args.sittingsDone?.forEach((done, i) => {
    for (const kind of DOMAIN_KINDS) sittings[i]![kind] += done[kind];
  });
  return sequence.map((picks, d) => {
    if (d === lightDay) return picks.map((domain) => ({ domain, kind: 'review' as const }));
    const perDomain = new Map<number, number>();
    for (const i of picks) perDomain.set(i, (perDomain.get(i) ?? 0) + 1);
    const kinds = new Map<number, DomainKind[]>();
    for (const [i, blocks] of perDomain) {
      const learning = Math.min(blocks, learnLeft[i]!);
      learnLeft[i]! -= learning;
      const list: DomainKind[] = [];
      if (learning > 0) {
        const so = sittings[i]!;
        const kind = specialDue(so.lab, so.learn) ? 'lab' : 'learn';
        so[kind] += 1;
        for (let k = 0; k < learning; k += 1) list.push(kind);
      }
      if (blocks > learning) {
        const so = sittings[i]!;
        const kind = specialDue(so.review, so.quiz) ? 'review' : 'quiz';
        so[kind] += 1;
        for (let k = learning; k < blocks; k += 1) list.push(kind);
      }
      kinds.set(i, list);
    }
    return picks.map((domain) => ({ domain, kind: kinds.get(domain)!.shift()! }));
  });
}
