import type { Client } from 'discord.js';
import type { QuizRuntime } from './QuizRuntime.js';

// Handlers reach the runtime of the bot that received the interaction through
// its client: one runtime per running bot, so two bots in one process (a
// restart test) never share timers.
const runtimes = new WeakMap<Client, QuizRuntime>();

export function registerQuizRuntime(client: Client, runtime: QuizRuntime): void {
  runtimes.set(client, runtime);
}

/** The quiz runtime of the bot that owns `client`; throws if the bot started without one. */
export function quizRuntimeOf(client: Client): QuizRuntime {
  const runtime = runtimes.get(client);
  if (!runtime) throw new Error('this bot has no quiz runtime: start it with startBot()');
  return runtime;
}
