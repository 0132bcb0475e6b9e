import { type BlueprintRef, blueprintRef, blueprints } from '@certpace/core';
import { loadQuestionBank } from './loadQuestionBank.js';

export interface ShippedBankSummary {
  readonly ref: BlueprintRef;
  readonly title: string;
  /** Questions served for this outline: its own plus those mapped onto it. */
  readonly questions: number;
  readonly own: number;
  readonly mapped: number;
  /** Served questions per domain id, in the blueprint's order. */
  readonly perDomain: Readonly<Record<string, number>>;
  readonly retiresOn?: string;
}

/** Every shipped outline with its question counts, oldest outline first. */
export function shippedBanks(): ShippedBankSummary[] {
  return blueprints.map((blueprint) => {
    const ref = blueprintRef(blueprint);
    const bank = loadQuestionBank(ref);
    const perDomain: Record<string, number> = {};
    for (const d of blueprint.domains) perDomain[d.id] = 0;
    for (const q of bank.questions) perDomain[q.domain] = (perDomain[q.domain] ?? 0) + 1;
    const mapped = bank.questions.filter((q) => q.origin !== undefined).length;
    return {
      ref,
      title: blueprint.title,
      questions: bank.questions.length,
      own: bank.questions.length - mapped,
      mapped,
      perDomain,
      ...(blueprint.retiresOn === undefined ? {} : { retiresOn: blueprint.retiresOn }),
    };
  });
}
