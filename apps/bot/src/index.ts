// The public API of @certpace/bot: start it in-process (tests, other hosts) and build commands.
export { examChoices, examLabel, examsNewestFirst, isoDay } from './autocomplete/examChoices.js';
export { timeZones, timezoneChoices } from './autocomplete/timezoneChoices.js';
export {
  HISTORY_CHART_SIZE,
  type HistoryChartData,
  type HistoryPoint,
  renderHistoryChart,
} from './charts/historyChart.js';
export {
  PROGRESS_CHART_WIDTH,
  type ProgressChartData,
  type ProgressChartDomain,
  progressChartSize,
  renderProgressChart,
} from './charts/progressChart.js';
export { commands } from './commands/index.js';
export {
  applicationIdFromToken,
  DEFAULT_DISCORD_API_URL,
  type Env,
  EnvError,
  LOG_LEVELS,
  type LogLevel,
  parseEnv,
} from './env.js';
export { type CommandList, createCommandList } from './framework/commandList.js';
export {
  argBudget,
  type CustomId,
  CustomIdError,
  decodeCustomId,
  encodeCustomId,
} from './framework/customId.js';
export {
  type Command,
  type CommandSpec,
  defineCommand,
  type HandlerEntry,
} from './framework/defineCommand.js';
export { APOLOGY, describeFailure, type FailureReply } from './framework/describeFailure.js';
export {
  createDispatcher,
  type Dispatcher,
  type DispatcherOptions,
  RESTARTING,
  STALE_COMPONENT,
} from './framework/dispatcher.js';
export { fitChoices } from './framework/fitChoices.js';
export type * from './framework/optionTypes.js';
export { type Place, placeOf, wrongPlaceMessage } from './framework/place.js';
export { type AnswerableInteraction, Responder } from './framework/Responder.js';
export { type Invocation, readInvocation } from './framework/readOptions.js';
export type * from './framework/types.js';
export { UserError } from './framework/UserError.js';
export {
  type CreateLoggerOptions,
  createLogger,
  type Logger,
  REDACTED,
  scrubSecrets,
} from './logging/createLogger.js';
export * from './messages/components.js';
export * from './messages/embeds.js';
export { LIMITS } from './messages/limits.js';
export { paginateLines, splitContent } from './messages/paginate.js';
export * from './messages/payload.js';
export { chunk, truncate } from './messages/truncate.js';
export type { QuizRuntime } from './quizzes/runtime/QuizRuntime.js';
export { quizRuntimeOf } from './quizzes/runtime/registry.js';
export { clockTimers, ManualTimers, type QuizTimers } from './quizzes/timers.js';
export {
  describeRegistration,
  type RegistrationResult,
  registerCommands,
} from './registration/registerCommands.js';
export { deliveryNonce } from './reminders/nonce.js';
export {
  createReminderDelivery,
  type ReminderDelivery,
  type ReminderDeliveryOptions,
  type ReminderTickReport,
} from './reminders/reminderDelivery.js';
export { type SendOutcome, sendReminder } from './reminders/sendReminder.js';
export {
  EVERY_MINUTE,
  type ReminderScheduler,
  startReminderScheduler,
} from './scheduler/reminderScheduler.js';
export {
  createTickRunner,
  type ReminderTick,
  type TickOutcome,
  type TickRunner,
} from './scheduler/tickRunner.js';
export { type RunningShards, resolveShardCount, startSharding } from './sharding/startSharding.js';
export { type RunningBot, type StartBotOptions, startBot } from './startBot.js';
export { databaseOptions } from './startup/databaseOptions.js';
export { describeStartupError } from './startup/describeStartupError.js';
