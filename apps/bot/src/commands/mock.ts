import { startQuiz } from '@certpace/study';
import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  type DMChannel,
  InteractionContextType,
  type Message,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type User,
} from 'discord.js';
import { examChoices, isoDay } from '../autocomplete/examChoices.js';
import { defineCommand } from '../framework/defineCommand.js';
import { UserError } from '../framework/UserError.js';
import { buttonRows, linkButton } from '../messages/components.js';
import { messageOptions } from '../messages/payload.js';
import { mockComponents } from '../quizzes/mockActions.js';
import { isClosedDms, send } from '../quizzes/runtime/channels.js';
import { quizRuntimeOf } from '../quizzes/runtime/registry.js';
import { mockIntroView, mockQuestionView } from '../views/quizMockViews.js';
import { learnerOf, studyDeps } from './learnerContext.js';

export const mockDefinition = {
  name: 'mock',
  description: 'A timed mock exam in a DM with me: the real question count and time, a pace line',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'exam',
      description: "Exam (default: your plan's exam, else the newest not retired)",
      autocomplete: true,
      max_length: 40,
    },
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'questions',
      description: "Fewer questions for a shorter timed part (default: the exam's count)",
      min_value: 1,
      max_value: 100,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const CLOSED_DMS =
  'I cannot send you direct messages, and the mock exam runs in one (so I can tell you when the time is up). ' +
  "Allow them: open this server's menu → Privacy Settings → turn on Direct Messages, then run /mock again.";

/** Opens the DM with a first message; closed DMs are the learner's to fix, said plainly. */
async function openDm(user: User): Promise<{ channel: DMChannel; intro: Message }> {
  const channel = await user.createDM();
  try {
    return { channel, intro: await channel.send({ content: 'Preparing your mock exam…' }) };
  } catch (error) {
    if (isClosedDms(error)) throw new UserError('DMS_CLOSED', CLOSED_DMS);
    throw error;
  }
}

export const mock = defineCommand({
  definition: mockDefinition,
  ephemeral: true,
  defer: true,
  async run(ctx, options) {
    const runtime = quizRuntimeOf(ctx.interaction.client);
    const learner = await learnerOf(ctx.deps, ctx.user);
    const { channel, intro } = await openDm(ctx.user);
    let started: Awaited<ReturnType<typeof startQuiz>>;
    try {
      started = await startQuiz(studyDeps(ctx.deps), learner, {
        mode: 'mock',
        ...(options.exam ? { exam: options.exam } : {}),
        ...(options.questions === undefined ? {} : { count: options.questions }),
      });
    } catch (error) {
      await intro.delete().catch(() => undefined);
      throw error;
    }
    const { quiz } = started;
    // The time limit is watched before anything else can fail: the exam ends on time regardless.
    runtime.mocks.watch(quiz, { userId: ctx.user.id, channelId: channel.id });
    await intro.edit(messageOptions(mockIntroView(started)));
    const message = await send(channel, mockQuestionView(quiz, ctx.user.id));
    runtime.mocks.note(quiz.quizId, { messageId: message.id });
    await runtime.mocks.record(quiz.quizId, message.id);
    ctx.log.info({ quizId: quiz.quizId, questions: quiz.total }, 'mock exam started');
    const minutes = Math.round(((quiz.endsAt?.getTime() ?? 0) - quiz.startedAt.getTime()) / 60_000);
    await ctx.respond.reply(
      ctx.interaction.inGuild()
        ? {
            content: `Your ${quiz.examRef} mock exam is waiting in our DM: ${quiz.total} questions, ${minutes} minutes. The clock is running.`,
            components: buttonRows([linkButton({ url: message.url, label: 'Open the exam' })]),
          }
        : { content: `Your mock exam starts below: ${quiz.total} questions, ${minutes} minutes.` },
    );
  },
  autocomplete: {
    exam: (ctx, query) => examChoices(query, isoDay(ctx.deps.now())),
  },
  components: mockComponents,
});
