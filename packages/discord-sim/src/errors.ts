import type { FormErrorTree } from './validate/FormErrors.js';

/** The JSON body Discord answers an error with. */
export interface ApiErrorBody {
  code: number;
  message: string;
  errors?: FormErrorTree;
}

/** An error the HTTP layer turns into Discord's status and body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(`${status} ${body.code}: ${body.message}`);
    this.name = 'ApiError';
  }
}

const make = (status: number, code: number, message: string) => () =>
  new ApiError(status, { code, message });

/** Discord's errors by name, with the codes and messages real Discord sends. */
export const apiErrors = {
  unauthorized: make(401, 0, '401: Unauthorized'),
  notFound: make(404, 0, '404: Not Found'),
  methodNotAllowed: make(405, 0, '405: Method Not Allowed'),
  unknownApplication: make(404, 10002, 'Unknown Application'),
  unknownChannel: make(404, 10003, 'Unknown Channel'),
  unknownGuild: make(404, 10004, 'Unknown Guild'),
  unknownMember: make(404, 10007, 'Unknown Member'),
  unknownMessage: make(404, 10008, 'Unknown Message'),
  unknownRole: make(404, 10011, 'Unknown Role'),
  unknownUser: make(404, 10013, 'Unknown User'),
  unknownWebhook: make(404, 10015, 'Unknown Webhook'),
  unknownInteraction: make(404, 10062, 'Unknown interaction'),
  unknownCommand: make(404, 10063, 'Unknown application command'),
  requestTooLarge: make(413, 40005, 'Request entity too large'),
  alreadyAcknowledged: make(400, 40060, 'Interaction has already been acknowledged.'),
  missingAccess: make(403, 50001, 'Missing Access'),
  cannotEditOthersMessage: make(403, 50005, 'Cannot edit a message authored by another user'),
  emptyMessage: make(400, 50006, 'Cannot send an empty message'),
  cannotMessageUser: make(403, 50007, 'Cannot send messages to this user'),
  missingPermissions: make(403, 50013, 'Missing Permissions'),
  invalidJson: make(400, 50109, 'The request body contains invalid JSON.'),
  invalidFormBody: (errors: FormErrorTree) =>
    new ApiError(400, { code: 50035, message: 'Invalid Form Body', errors }),
} as const;

/** A test asked for something a person using Discord could not do (a button that is not there, a command not registered). */
export class SimUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SimUsageError';
  }
}

/** A wait ran out; the message says what was awaited and what was seen instead. */
export class SimTimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SimTimeoutError';
  }
}
