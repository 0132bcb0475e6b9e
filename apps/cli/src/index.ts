// The public API of @certpace/cli: the program itself (bin.ts runs it) and
// the calendar export, usable on its own.

export { COMMANDS } from './commands/index.js';
export type { Command, OptionSpec } from './commands/types.js';
export { EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE } from './errors/CliError.js';
export {
  type CalendarPlan,
  type CalendarTask,
  type IcsOptions,
  planToIcs,
  taskUid,
} from './ics/planToIcs.js';
export { type CliIo, runCli } from './main.js';
