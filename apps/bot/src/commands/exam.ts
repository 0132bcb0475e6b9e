import { type ShippedBankSummary, shippedBanks } from '@certpace/content';
import {
  type Blueprint,
  blueprintRef,
  blueprints,
  findBlueprint,
  latestBlueprint,
} from '@certpace/core';
import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  ButtonStyle,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { examChoices, examsNewestFirst, isoDay } from '../autocomplete/examChoices.js';
import { encodeCustomId } from '../framework/customId.js';
import { defineCommand } from '../framework/defineCommand.js';
import { UserError } from '../framework/UserError.js';
import { button, buttonRows, linkButton, type MessageRow } from '../messages/components.js';
import type { ReplyPayload } from '../messages/payload.js';
import { examInfoEmbed, examListEmbeds } from '../views/examViews.js';

export const examDefinition = {
  name: 'exam',
  description: 'The exams certpace knows: outlines, domains, weights and practice questions',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'list',
      description: 'The shipped exams, retired ones marked, the default for new plans shown',
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'info',
      description: "One exam's domains and weights, timing, pass mark and question counts",
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'exam',
          description: 'Exam code or outline, e.g. AI-103 (default: the newest exam not retired)',
          autocomplete: true,
          max_length: 40,
        },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

function bankFor(ref: string): ShippedBankSummary | undefined {
  return shippedBanks().find((b) => b.ref === ref);
}

/** The exam a typed value names; an unknown one is a `UserError` listing the known ones. */
export function resolveExam(value: string | undefined, today: string): Blueprint {
  if (value === undefined || value.trim() === '') return latestBlueprint({ today });
  const found = findBlueprint(value.trim());
  if (found) return found;
  const known = blueprints.map((b) => blueprintRef(b)).join(', ');
  throw new UserError('EXAM_UNKNOWN', `I do not know the exam "${value.trim()}". Known: ${known}.`);
}

/** Buttons to switch to the other outlines (only for the person who asked) and the official guide. */
function infoRows(shown: Blueprint, owner: string): MessageRow[] {
  const others = examsNewestFirst()
    .filter((b) => b !== shown)
    .slice(0, 4)
    .map((b) =>
      button({
        customId: encodeCustomId({
          feature: 'exam',
          action: 'info',
          owner,
          args: [blueprintRef(b)],
        }),
        label: blueprintRef(b),
        style: ButtonStyle.Secondary,
      }),
    );
  return buttonRows([...others, linkButton({ url: shown.source, label: 'Study guide' })]);
}

function infoView(blueprint: Blueprint, today: string, owner: string): ReplyPayload {
  return {
    embeds: [examInfoEmbed({ blueprint, today, bank: bankFor(blueprintRef(blueprint)) })],
    components: infoRows(blueprint, owner),
  };
}

export const exam = defineCommand({
  definition: examDefinition,
  run: {
    async list(ctx) {
      const today = isoDay(ctx.deps.now());
      await ctx.respond.reply({ embeds: examListEmbeds({ today, banks: shippedBanks() }) });
    },
    async info(ctx, options) {
      const today = isoDay(ctx.deps.now());
      const blueprint = resolveExam(options.exam, today);
      await ctx.respond.reply(infoView(blueprint, today, ctx.user.id));
    },
  },
  autocomplete: {
    exam: (ctx, query) => examChoices(query, isoDay(ctx.deps.now())),
  },
  components: {
    info: {
      async run(ctx) {
        const today = isoDay(ctx.deps.now());
        const blueprint = resolveExam(ctx.id.args[0], today);
        await ctx.respond.update(infoView(blueprint, today, ctx.user.id));
      },
    },
  },
});
