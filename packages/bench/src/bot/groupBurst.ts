import { setTimeout as sleep } from 'node:timers/promises';
import { decodeCustomId } from '@certpace/bot';
import type { DiscordSim, InteractionHandle, SimUser } from '@certpace/discord-sim';
import type { APIMessage } from 'discord.js';
import { pick, seededRandom } from '../harness/random.js';

export interface BurstResult {
  readonly clicks: number;
  /** From the first click to the last, ms. */
  readonly spreadMs: number;
  /** Real time from each interaction's dispatch to the bot's first answer, ms. */
  readonly latenciesMs: readonly number[];
  /** Answered by a deferral (the bot took long enough to defer first). */
  readonly deferred: number;
  /** Clicks that got no answer at all within the wait. */
  readonly unanswered: number;
}

function customIds(message: APIMessage): string[] {
  return (message.components ?? []).flatMap((row) =>
    'components' in row
      ? row.components.flatMap((c) => ('custom_id' in c ? [c.custom_id] : []))
      : [],
  );
}

const isOpenQuestion = (message: APIMessage) =>
  message.embeds[0]?.title?.startsWith('Question 1 of 1') === true &&
  !message.embeds[0].title.endsWith('closed') &&
  customIds(message).length > 0;

/**
 * A one-question group quiz started by `starter`, then every member answers
 * it, the clicks spread evenly over `windowMs`, each at one of the offered
 * answers. Returns how fast each click was acknowledged.
 */
export async function groupQuizBurst(
  sim: DiscordSim,
  starter: SimUser,
  members: readonly SimUser[],
  options: { readonly seconds: number; readonly windowMs: number },
): Promise<BurstResult & { readonly question: APIMessage }> {
  const start = await starter.runCommand('quiz start', {
    options: { questions: 1, seconds: options.seconds },
  });
  await start.waitForReply({ timeout: 30_000 });
  const question = await sim.waitForMessage(sim.channel.id, isOpenQuestion, { timeout: 30_000 });
  const ids = customIds(question);
  const menu = ids.find((id) => decodeCustomId(id)?.action === 'pick');
  const buttons = ids.filter((id) => decodeCustomId(id)?.action === 'answer');
  if (!menu && buttons.length === 0) throw new Error('the question offers no answers');
  const random = seededRandom(9);
  const gap = options.windowMs / members.length;
  const first = performance.now();
  let last = first;
  const handles = await Promise.all(
    members.map(async (member, i): Promise<InteractionHandle> => {
      await sleep(i * gap);
      last = performance.now();
      return menu
        ? member.selectMenu(question, menu, ['a'])
        : member.clickButton(question, pick(random, buttons));
    }),
  );
  const spreadMs = last - first;
  const responses = await Promise.all(
    handles.map((handle) => handle.waitForResponse({ timeout: 15_000 }).catch(() => undefined)),
  );
  const answered = responses.filter((r) => r !== undefined);
  return {
    question,
    clicks: members.length,
    spreadMs,
    latenciesMs: answered.map((r) => r.latencyMs),
    deferred: answered.filter((r) => r.type === 5 || r.type === 6).length,
    unanswered: responses.length - answered.length,
  };
}
