import { createCommandList } from '../framework/commandList.js';
import { exam } from './exam.js';
import { help } from './help.js';
import { leaderboard } from './leaderboard.js';
import { mock } from './mock.js';
import { plan } from './plan.js';
import { practice } from './practice.js';
import { privacy } from './privacy.js';
import { progress } from './progress.js';
import { quiz } from './quiz.js';
import { remind } from './remind.js';
import { score } from './score.js';
import { settings } from './settings.js';
import { today } from './today.js';

/**
 * Every slash command of the bot, built once from the files beside this
 * one; registration and dispatch both read this list. A new command is one
 * new file here and one entry below.
 */
export const commands = createCommandList([
  help,
  plan,
  today,
  score,
  progress,
  remind,
  quiz,
  practice,
  mock,
  leaderboard,
  settings,
  privacy,
  exam,
]);
