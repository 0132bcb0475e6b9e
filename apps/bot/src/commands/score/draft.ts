import { type Blueprint, findBlueprint } from '@certpace/core';
import { CustomIdError, encodeCustomId } from '../../framework/customId.js';
import { UserError } from '../../framework/UserError.js';
import { LIMITS } from '../../messages/limits.js';

/**
 * A score report being entered. It travels in the custom ids of the modals
 * and buttons of the flow (nothing is stored until it is complete), so what
 * the learner typed survives a refused submission and a restart alike.
 *
 * - step `1`: the first modal (domains 1–5); a second follows for a sixth domain;
 * - step `1f`: the first modal again, to fix it; the report is recorded after it;
 * - step `2`: the second modal (domain 6 on); the report is recorded after it.
 */
export interface ScoreDraft {
  readonly step: '1' | '1f' | '2';
  readonly examRef: string;
  readonly total: number;
  /** `YYYY-MM-DD`, or '' for today. */
  readonly takenOn: string;
  /** What was typed per domain, in the blueprint's order; '' where nothing was. */
  readonly values: readonly string[];
}

export type ScoreAction = 'form' | 'open' | 'retry';

const STEPS = new Set(['1', '1f', '2']);

/** Domains per modal: Discord allows five text inputs. */
export const DOMAINS_PER_MODAL = LIMITS.modalInputs;

export function partOf(step: ScoreDraft['step']): 1 | 2 {
  return step === '2' ? 2 : 1;
}

/** The indexes of the blueprint's domains a modal part asks for. */
export function domainIndexes(blueprint: Blueprint, part: 1 | 2): number[] {
  const all = blueprint.domains.map((_, i) => i);
  return part === 1 ? all.slice(0, DOMAINS_PER_MODAL) : all.slice(DOMAINS_PER_MODAL);
}

/** What people type for a percentage, tidied the way the label asks: `85 %` -> `85`. */
export function tidyPercent(text: string): string {
  return text.trim().replace(/\s*%$/, '');
}

/**
 * The custom id carrying a draft. When odd characters typed where numbers
 * belong make it too long, the values that are not plain digits are left out
 * (they must be typed again anyway); the numbers always fit.
 */
export function draftCustomId(
  action: ScoreAction,
  owner: string,
  draft: ScoreDraft,
  blank: readonly number[] = [],
): string {
  const build = (values: readonly string[]) =>
    encodeCustomId({
      feature: 'score',
      action,
      owner,
      args: [
        draft.step,
        draft.examRef,
        String(draft.total),
        draft.takenOn,
        ...values.map((v, i) => (blank.includes(i) ? '' : v)),
      ],
    });
  try {
    return build(draft.values);
  } catch (error) {
    if (!(error instanceof CustomIdError)) throw error;
    return build(draft.values.map((v) => (/^\d{1,4}$/.test(v) ? v : '')));
  }
}

/** The draft and its exam back from a custom id's args; a stale or forged one is refused. */
export function readDraft(args: readonly string[]): { draft: ScoreDraft; blueprint: Blueprint } {
  const [step = '', examRef = '', total = '', takenOn = '', ...values] = args;
  const blueprint = findBlueprint(examRef);
  const score = Number(total);
  if (!STEPS.has(step) || !blueprint || !/^\d{1,4}$/.test(total)) {
    throw new UserError('SCORE_FORM_INVALID', 'This form is out of date: run /score add again.');
  }
  const padded = blueprint.domains.map((_, i) => values[i] ?? '');
  return {
    draft: { step: step as ScoreDraft['step'], examRef, total: score, takenOn, values: padded },
    blueprint,
  };
}
