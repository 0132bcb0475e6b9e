import { findBlueprint } from '@certpace/core';
import { parseDate, resolveLearnerExam } from '@certpace/study';
import {
  ApplicationIntegrationType,
  InteractionContextType,
  ApplicationCommandOptionType as Option,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { examChoices, isoDay } from '../autocomplete/examChoices.js';
import { defineCommand } from '../framework/defineCommand.js';
import { UserError } from '../framework/UserError.js';
import { learnerOf, studyDeps } from './learnerContext.js';
import { readDraft, type ScoreDraft } from './score/draft.js';
import { scoreModal } from './score/modal.js';
import { retryScore, submitScoreModal } from './score/submit.js';

export const scoreDefinition = {
  name: 'score',
  description: 'Your official exam score reports',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: Option.Subcommand,
      name: 'add',
      description: 'Enter a score report: the total here, then each domain’s percentage in a form',
      options: [
        {
          type: Option.Integer,
          name: 'total',
          description: 'The scaled total on the report, 0 to 1000',
          required: true,
          min_value: 0,
          max_value: 1000,
        },
        {
          type: Option.String,
          name: 'exam',
          description: 'The exam (default: the one of your plan, else the newest)',
          autocomplete: true,
          max_length: 40,
        },
        {
          type: Option.String,
          name: 'taken-on',
          description: 'The day you took the exam, YYYY-MM-DD (default: today)',
          max_length: 20,
        },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const score = defineCommand({
  definition: scoreDefinition,
  ephemeral: true,
  run: {
    add: {
      // The first answer is the form, which Discord wants within 3 s and before any defer.
      opensModal: true,
      async run(ctx, options) {
        const takenOn =
          options['taken-on'] === undefined
            ? ''
            : parseDate(options['taken-on'], 'takenOn', 'Exam day');
        // The form lists the domains of the exam the report will be stored for.
        const learner = await learnerOf(ctx.deps, ctx.user);
        const { ref: examRef } = await resolveLearnerExam(
          studyDeps(ctx.deps),
          learner,
          options.exam === undefined ? {} : { exam: options.exam },
        );
        const blueprint = findBlueprint(examRef);
        if (!blueprint) throw new UserError('EXAM_UNKNOWN', `I do not know the exam ${examRef}.`);
        const draft: ScoreDraft = {
          step: '1',
          examRef,
          total: options.total,
          takenOn,
          values: blueprint.domains.map(() => ''),
        };
        await ctx.respond.showModal(scoreModal(ctx.user.id, draft, blueprint));
      },
    },
  },
  autocomplete: {
    exam: (ctx, query) => examChoices(query, isoDay(ctx.deps.now())),
  },
  components: {
    open: {
      opensModal: true,
      async run(ctx) {
        const { draft, blueprint } = readDraft(ctx.id.args);
        await ctx.respond.showModal(scoreModal(ctx.user.id, draft, blueprint));
      },
    },
    retry: { ephemeral: true, run: retryScore },
  },
  modals: {
    form: { ephemeral: true, run: submitScoreModal },
  },
});
