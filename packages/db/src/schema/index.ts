// The drizzle schema: every table certpace stores. drizzle-kit reads this folder.
export * from './guildSettings.js';
export * from './learners.js';
export * from './plans.js';
export * from './questionReports.js';
export * from './quizzes.js';
export * from './reminderDeliveries.js';
export * from './reviewCards.js';
export * from './scoreReports.js';
export * from './studyDays.js';
export * from './types.js';
