import { examsCommand } from './exams.js';
import { exportCommand } from './export.js';
import { doneCommand, skipCommand } from './markTask.js';
import { mockCommand } from './mock.js';
import { planCreateCommand } from './plan/create.js';
import { planDeleteCommand } from './plan/delete.js';
import { planEditCommand } from './plan/edit.js';
import { planShowCommand } from './plan/show.js';
import { privacyDeleteCommand, privacyExportCommand } from './privacy.js';
import { progressCommand } from './progress.js';
import { quizCommand } from './quiz.js';
import { scoreAddCommand } from './scoreAdd.js';
import { todayCommand } from './today.js';
import type { Command } from './types.js';

/** Every command, in the order `certpace --help` lists them; dispatch and help both read this list. */
export const COMMANDS: readonly Command[] = [
  examsCommand,
  planCreateCommand,
  planShowCommand,
  planEditCommand,
  planDeleteCommand,
  todayCommand,
  doneCommand,
  skipCommand,
  quizCommand,
  mockCommand,
  scoreAddCommand,
  progressCommand,
  exportCommand,
  privacyExportCommand,
  privacyDeleteCommand,
];
