import type { FinishResult } from '@certpace/study';
import type { SendableChannels } from 'discord.js';
import { mockMissedView, mockResultsView } from '../views/quizMockResultsViews.js';
import { send } from './runtime/channels.js';

export const SUBMITTED = 'Your exam is submitted.';
export const TIME_UP = '⏰ Time is up: your exam was submitted automatically.';

/** Posts a finished mock's results in the DM: the estimate and breakdown, then the missed questions. */
export async function announceMockResults(
  channel: SendableChannels,
  result: FinishResult,
  owner: string,
  headline: string,
): Promise<void> {
  await send(channel, mockResultsView(result, headline));
  await send(channel, mockMissedView(result, 0, owner));
}
