import type { Database } from '@certpace/db';
import type { LearnerView, StudyDeps } from '@certpace/study';
import type { Style } from '../render/style.js';
import type { CliEnv } from './env.js';
import type { LocalUser } from './localUser.js';
import type { Terminal } from './terminal.js';

/** An open database with the learner behind this terminal. */
export interface Session {
  readonly deps: StudyDeps;
  readonly learner: LearnerView;
}

/** What a command runs with. Built once per run by `runCli`. */
export interface CliContext {
  readonly env: CliEnv;
  /** Styles for stdout (plain when it is not a terminal or NO_COLOR is set). */
  readonly style: Style;
  readonly terminal: Terminal;
  readonly clock: () => Date;
  /** Aborted on Ctrl-C. */
  readonly signal: AbortSignal;
  readonly user: LocalUser;
  /** Writes lines to stdout. */
  print(...lines: string[]): void;
  /** Writes one line to stderr (warnings, notes that must not pollute --json output). */
  note(line: string): void;
  /** Opens the database (once) and makes sure the learner exists. */
  session(): Promise<Session>;
  /** The database without a learner (commands that must not create one, such as privacy delete). */
  database(): Promise<Database>;
}
