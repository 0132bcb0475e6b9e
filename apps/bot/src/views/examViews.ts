import type { ShippedBankSummary } from '@certpace/content';
import { type Blueprint, blueprintRef, isRetired, latestBlueprint } from '@certpace/core';
import type { APIEmbed } from 'discord.js';
import { examsNewestFirst } from '../autocomplete/examChoices.js';
import { embedsFromLines, fitEmbed } from '../messages/embeds.js';

export const EXAM_COLOR = 0x5865f2;

function questionsLine(blueprint: Blueprint): string {
  const range = blueprint.questionCountRange;
  return range
    ? `about ${blueprint.questionCount} (${range[0]}–${range[1]})`
    : `about ${blueprint.questionCount}`;
}

/** "retired on … · successor …", "retires on …", or nothing. */
export function retirementNote(blueprint: Blueprint, today: string): string | undefined {
  if (!blueprint.retiresOn) return undefined;
  const successor = blueprint.successor ? ` · successor ${blueprint.successor}` : '';
  return isRetired(blueprint, today)
    ? `retired on ${blueprint.retiresOn}${successor}`
    : `retires on ${blueprint.retiresOn}${successor}`;
}

/** /exam list: every shipped outline, newest first, the default for new plans marked. */
export function examListEmbeds(options: {
  readonly today: string;
  readonly banks: readonly ShippedBankSummary[];
}): APIEmbed[] {
  const defaultRef = blueprintRef(latestBlueprint({ today: options.today }));
  const lines: string[] = [];
  for (const blueprint of examsNewestFirst()) {
    const ref = blueprintRef(blueprint);
    const bank = options.banks.find((b) => b.ref === ref);
    const marks = [
      ref === defaultRef ? '**default for new plans**' : undefined,
      retirementNote(blueprint, options.today),
    ].filter(Boolean);
    lines.push(
      `**${ref}** · ${blueprint.title}${marks.length > 0 ? ` · ${marks.join(' · ')}` : ''}`,
    );
    lines.push(
      `${blueprint.durationMinutes} min · ${questionsLine(blueprint)} questions · pass ${blueprint.passingScore}/${blueprint.maxScore}` +
        ` · ${blueprint.domains.length} domains${bank ? ` · ${bank.questions} practice questions` : ''}`,
    );
    lines.push('');
  }
  return embedsFromLines({
    title: 'Exams',
    lines,
    color: EXAM_COLOR,
    footer: 'Details, domains and weights: /exam info exam:<code>',
  });
}

/** /exam info: one outline's domains with weights and question counts, timing, pass mark, links. */
export function examInfoEmbed(options: {
  readonly blueprint: Blueprint;
  readonly today: string;
  readonly bank: ShippedBankSummary | undefined;
}): APIEmbed {
  const { blueprint, bank, today } = options;
  const ref = blueprintRef(blueprint);
  const lines = [
    `**Answering time** ${blueprint.durationMinutes} min · **Questions** ${questionsLine(blueprint)} · **Pass mark** ${blueprint.passingScore} of ${blueprint.maxScore}`,
  ];
  if (blueprint.skillsMeasuredAsOf)
    lines.push(`**Skills measured as of** ${blueprint.skillsMeasuredAsOf}`);
  const note = retirementNote(blueprint, today);
  if (note) lines.push(`**${isRetired(blueprint, today) ? 'Retired' : 'Retiring'}:** ${note}`);
  if (blueprintRef(latestBlueprint({ today })) === ref)
    lines.push('The default exam for new plans.');
  if (bank) {
    const mapped =
      bank.mapped > 0
        ? ` (${bank.own} written for it, ${bank.mapped} mapped from other outlines)`
        : '';
    lines.push(`**Practice questions** ${bank.questions}${mapped}`);
  }
  lines.push(`[Official study guide](${blueprint.source})`);
  return fitEmbed({
    title: `${ref} · ${blueprint.title}`,
    url: blueprint.source,
    description: lines.join('\n'),
    color: EXAM_COLOR,
    fields: blueprint.domains.map((domain) => {
      const count = bank?.perDomain[domain.id];
      const links = (domain.resources ?? []).map((r) => `[${r.title}](${r.url})`);
      const facts = [`**${domain.weight[0]}–${domain.weight[1]}%** of the exam`];
      if (count !== undefined) facts.push(`${count} practice questions`);
      return { name: domain.name, value: [facts.join(' · '), ...links].join('\n') };
    }),
    footer: 'Weights from the official skills outline. Scores are scaled: 700 is not 70% correct.',
  });
}
