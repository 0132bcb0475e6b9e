import type { Database } from '@certpace/db';
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageComponentInteraction,
  ModalSubmitInteraction,
  User,
} from 'discord.js';
import type { Logger } from '../logging/createLogger.js';
import type { CustomId } from './customId.js';
import type { Command } from './defineCommand.js';
import type { Responder } from './Responder.js';

/**
 * What handlers may use, passed in (never imported as globals) so tests build
 * the real thing with a fake clock. Use cases of @certpace/study join here.
 */
export interface BotDeps {
  readonly db: Database;
  /** The current instant; tests pass a fixed clock. */
  readonly now: () => Date;
  readonly log: Logger;
}

/** The registered commands, for handlers that describe them (/help). */
export interface CommandCatalog {
  readonly commands: readonly Command[];
}

interface BaseContext {
  readonly user: User;
  readonly deps: BotDeps;
  readonly catalog: CommandCatalog;
  /** A child logger carrying the interaction id, command and user id. */
  readonly log: Logger;
}

export interface CommandContext extends BaseContext {
  readonly interaction: ChatInputCommandInteraction;
  readonly respond: Responder;
}

export interface ComponentContext extends BaseContext {
  readonly interaction: MessageComponentInteraction;
  readonly respond: Responder;
  /** The decoded custom id; its owner (if any) is the clicking user. */
  readonly id: CustomId;
}

export interface ModalContext extends BaseContext {
  readonly interaction: ModalSubmitInteraction;
  readonly respond: Responder;
  readonly id: CustomId;
}

export interface AutocompleteContext extends BaseContext {
  readonly interaction: AutocompleteInteraction;
  /** The subcommand being filled in (`'info'`, `'group sub'`), if any. */
  readonly path: string | undefined;
  /** The other options typed so far, as strings/numbers. */
  readonly options: Readonly<Record<string, unknown>>;
}

export interface Choice {
  readonly name: string;
  readonly value: string | number;
}

export type CommandHandler<Options> = (ctx: CommandContext, options: Options) => Promise<void>;
export type AutocompleteHandler = (
  ctx: AutocompleteContext,
  query: string,
) => readonly Choice[] | Promise<readonly Choice[]>;

/** How a handler wants to be acknowledged. */
export interface AnswerSettings {
  /** Answers are private unless a reply says otherwise. Errors are always private. */
  readonly ephemeral?: boolean;
  /** Defer at once, for handlers that always do slow work. Others are deferred at ~2 s if still busy. */
  readonly defer?: boolean;
  /** Never defer automatically: for handlers that may open a modal, which must be the first answer. */
  readonly opensModal?: boolean;
}

export interface ComponentRoute extends AnswerSettings {
  readonly run: (ctx: ComponentContext) => Promise<void>;
}

export interface ModalRoute extends AnswerSettings {
  readonly run: (ctx: ModalContext) => Promise<void>;
}
