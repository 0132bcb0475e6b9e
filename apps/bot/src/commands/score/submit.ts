import type { Blueprint } from '@certpace/core';
import {
  getProgress,
  isStudyError,
  type LearnerView,
  type RecordedScoreReport,
  recordScoreReport,
} from '@certpace/study';
import { ButtonStyle } from 'discord.js';
import type { ComponentContext, ModalContext } from '../../framework/types.js';
import { button, buttonRows } from '../../messages/components.js';
import type { ReplyPayload } from '../../messages/payload.js';
import { scoreReportEmbed } from '../../views/scoreViews.js';
import { learnerOf, studyDeps } from '../learnerContext.js';
import { domainIndexes, draftCustomId, readDraft, type ScoreDraft, tidyPercent } from './draft.js';

/** The draft with this modal's fields read in. */
function withFields(ctx: ModalContext, draft: ScoreDraft, blueprint: Blueprint): ScoreDraft {
  const part = draft.step === '2' ? 2 : 1;
  const indexes = domainIndexes(blueprint, part);
  const values = draft.values.map((value, i) => {
    if (!indexes.includes(i)) return value;
    const domain = blueprint.domains[i]!;
    return tidyPercent(ctx.interaction.fields.getTextInputValue(domain.id));
  });
  return { ...draft, values };
}

/** Which modal part holds the domain a study error names (`domains.<id>`), else the first. */
function partWithError(error: { field?: string }, blueprint: Blueprint): 1 | 2 {
  const id = error.field?.startsWith('domains.') ? error.field.slice('domains.'.length) : undefined;
  const index = blueprint.domains.findIndex((d) => d.id === id);
  return index >= domainIndexes(blueprint, 1).length ? 2 : 1;
}

/** Answers in place when a button (Try again) was pressed, so it cannot be pressed twice. */
function answer(ctx: ModalContext | ComponentContext, payload: ReplyPayload): Promise<void> {
  // An update replaces the whole message: what the payload leaves out is cleared.
  return ctx.interaction.isMessageComponent()
    ? ctx.respond.update({ content: '', embeds: [], components: [], ...payload })
    : ctx.respond.reply(payload);
}

/** A refused report: the reason, and a button that keeps what was typed. */
async function refusal(
  ctx: ModalContext | ComponentContext,
  error: unknown,
  draft: ScoreDraft,
  blueprint: Blueprint,
): Promise<void> {
  if (!isStudyError(error)) throw error;
  const owner = ctx.user.id;
  if (error.code === 'database-unavailable' || error.code === 'conflict') {
    await answer(ctx, {
      content: `${error.describe('discord')}\nNothing was saved, and your figures are kept: press **Try again**.`,
      components: buttonRows([
        button({
          customId: draftCustomId('retry', owner, draft),
          label: 'Try again',
          style: ButtonStyle.Primary,
        }),
      ]),
    });
    return;
  }
  if (error.code !== 'invalid-input' && error.code !== 'unknown-domain') throw error;
  const part = partWithError(error, blueprint);
  const fix: ScoreDraft = { ...draft, step: part === 2 ? '2' : '1f' };
  await answer(ctx, {
    content: `${error.describe('discord')}\nNothing was saved. Press **Fix the figures**: what you typed is filled in.`,
    components: buttonRows([
      button({
        customId: draftCustomId('open', owner, fix),
        label: 'Fix the figures',
        style: ButtonStyle.Primary,
      }),
    ]),
  });
}

/** Stores the report and answers with readiness and what the re-plan changed. */
async function record(
  ctx: ModalContext | ComponentContext,
  draft: ScoreDraft,
  blueprint: Blueprint,
): Promise<void> {
  const deps = studyDeps(ctx.deps);
  const domains: Record<string, string> = {};
  blueprint.domains.forEach((d, i) => {
    const value = draft.values[i] ?? '';
    if (value !== '') domains[d.id] = value;
  });
  let report: RecordedScoreReport;
  let learner: LearnerView;
  try {
    learner = await learnerOf(ctx.deps, ctx.user);
    report = await recordScoreReport(deps, learner, {
      exam: draft.examRef,
      total: draft.total,
      domains,
      ...(draft.takenOn === '' ? {} : { takenOn: draft.takenOn }),
    });
  } catch (error) {
    await refusal(ctx, error, draft, blueprint);
    return;
  }
  const progress = await getProgress(deps, learner, { exam: report.examRef });
  await answer(ctx, { embeds: [scoreReportEmbed(report, progress)] });
}

/** A submitted modal: on to the second part for a sixth domain, else the report is recorded. */
export async function submitScoreModal(ctx: ModalContext): Promise<void> {
  const { draft, blueprint } = readDraft(ctx.id.args);
  const filled = withFields(ctx, draft, blueprint);
  const rest = domainIndexes(blueprint, 2);
  if (filled.step === '1' && rest.length > 0) {
    const next: ScoreDraft = { ...filled, step: '2' };
    const names = rest.map((i) => blueprint.domains[i]!.name).join(', ');
    await ctx.respond.reply({
      content: `Part 1 of 2 noted (not saved yet). One more: **${names}**.`,
      components: buttonRows([
        button({
          customId: draftCustomId('open', ctx.user.id, next),
          label: 'Enter the last domain',
          style: ButtonStyle.Primary,
        }),
      ]),
    });
    return;
  }
  await record(ctx, filled, blueprint);
}

/** Try again after the database failed: the same figures, recorded without a form. */
export async function retryScore(ctx: ComponentContext): Promise<void> {
  const { draft, blueprint } = readDraft(ctx.id.args);
  await record(ctx, draft, blueprint);
}
