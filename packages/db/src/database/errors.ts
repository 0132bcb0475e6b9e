/**
 * Expected database failures as typed errors. Each carries a stable `code` for
 * front ends to branch on and a message a person can act on. None of them ever
 * contains a password: connection strings are shown with the password hidden.
 */
export abstract class CertpaceDbError extends Error {
  abstract readonly code: string;
}

/** The configuration cannot work: a malformed DATABASE_URL, an unwritable folder, a wrong password. */
export class DatabaseConfigError extends CertpaceDbError {
  readonly code = 'DATABASE_CONFIG';
  override readonly name = 'DatabaseConfigError';
}

/** The database cannot be reached right now, or the connection dropped mid-operation. */
export class DatabaseUnavailableError extends CertpaceDbError {
  readonly code = 'DATABASE_UNAVAILABLE';
  override readonly name = 'DatabaseUnavailableError';
}

/** The embedded database folder is in use by another certpace process. */
export class DatabaseLockedError extends CertpaceDbError {
  readonly code = 'DATABASE_LOCKED';
  override readonly name = 'DatabaseLockedError';
  constructor(
    readonly dataDir: string,
    readonly lockFile: string,
    readonly holderPid: number | undefined,
    sameProcess: boolean,
  ) {
    const holder = sameProcess
      ? 'this process already has it open (close the other handle first)'
      : `another certpace process${holderPid === undefined ? '' : ` (pid ${holderPid})`} is using it`;
    super(
      `The certpace data folder ${dataDir} is in use: ${holder}. ` +
        'The embedded database serves one process at a time: stop the other certpace process, ' +
        'or set DATABASE_URL to use a Postgres server that any number of processes can share. ' +
        `If no certpace process is running, delete ${lockFile}.`,
    );
  }
}

export type ConstraintKind = 'unique' | 'check' | 'foreign-key' | 'not-null';

/** A write broke a rule the schema enforces; `constraint` names which. */
export class DatabaseConstraintError extends CertpaceDbError {
  readonly code = 'DATABASE_CONSTRAINT';
  override readonly name = 'DatabaseConstraintError';
  constructor(
    readonly kind: ConstraintKind,
    readonly constraint: string | undefined,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** A row was changed by someone else since it was read (optimistic concurrency). */
export class RevisionConflictError extends CertpaceDbError {
  readonly code = 'REVISION_CONFLICT';
  override readonly name = 'RevisionConflictError';
  constructor(
    readonly entity: 'plan' | 'quiz',
    readonly id: string,
    readonly expectedRevision: number,
  ) {
    super(
      `The ${entity} ${id} changed since revision ${expectedRevision} was read: reload it and try again.`,
    );
  }
}

/** The learner already has a live (active or paused) plan for this exam. */
export class ActivePlanExistsError extends CertpaceDbError {
  readonly code = 'ACTIVE_PLAN_EXISTS';
  override readonly name = 'ActivePlanExistsError';
  constructor(
    readonly learnerId: string,
    readonly examRef: string,
  ) {
    super(
      `There is already a plan for ${examRef.split('@')[0]}: edit it, or archive or delete it before making a new one.`,
    );
  }
}

/** A group quiz is already running in the channel. */
export class QuizAlreadyRunningError extends CertpaceDbError {
  readonly code = 'QUIZ_ALREADY_RUNNING';
  override readonly name = 'QuizAlreadyRunningError';
  constructor(readonly channelId: string) {
    super('A quiz is already running in this channel: wait for it to end or stop it first.');
  }
}

/** Not an IANA timezone name the runtime knows. */
export class InvalidTimeZoneError extends CertpaceDbError {
  readonly code = 'INVALID_TIMEZONE';
  override readonly name = 'InvalidTimeZoneError';
  constructor(readonly timeZone: string) {
    super(
      `"${timeZone}" is not a known timezone: use an IANA name such as Europe/Berlin, America/New_York or UTC.`,
    );
  }
}

/** A local time not in 24-hour `HH:MM` form. */
export class InvalidLocalTimeError extends CertpaceDbError {
  readonly code = 'INVALID_LOCAL_TIME';
  override readonly name = 'InvalidLocalTimeError';
  constructor(readonly value: string) {
    super(`"${value}" is not a time of day: use 24-hour HH:MM, such as 07:30 or 18:00.`);
  }
}
