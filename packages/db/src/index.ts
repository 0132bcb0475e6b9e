// The public API of @certpace/db. Test tooling lives in @certpace/db/testing.
export * from './database/createDatabase.js';
export { defaultDataDir } from './database/dataDir.js';
export * from './database/errors.js';
export { MIGRATIONS_SCHEMA, MIGRATIONS_TABLE } from './database/migrations.js';
export * from './database/transaction.js';
export * from './database/types.js';
export * from './repositories/guildSettings.js';
export * from './repositories/learners.js';
export * from './repositories/planRevisions.js';
export * from './repositories/plans.js';
export * from './repositories/planTasks.js';
export * from './repositories/privacy.js';
export * from './repositories/questionReports.js';
export * from './repositories/quizAnswers.js';
export * from './repositories/quizResults.js';
export {
  createQuiz,
  endQuiz,
  findRunningQuizInChannel,
  findRunningQuizzesOfOwner,
  forgetQuizParticipant,
  getQuiz,
  listRunningQuizzes,
  lockQuiz,
  type NewQuiz,
  type Quiz,
  type QuizStateSave,
  saveQuizState,
} from './repositories/quizzes.js';
export type { ClaimOptions, ReminderClaim } from './repositories/reminderClaims.js';
export * from './repositories/reminderOutcomes.js';
export * from './repositories/reminderRetries.js';
export { claimDueReminders, type DueClaimOptions } from './repositories/reminders.js';
export * from './repositories/reviewCards.js';
export * from './repositories/scoreReports.js';
export * from './repositories/studyDays.js';
export * from './schema/index.js';
export {
  assertTimeZone,
  isTimeZone,
  localDateIn,
  nextReminderAt,
  parseLocalTime,
  previousReminderAt,
} from './time/index.js';
