import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { GatewayDispatchEvents } from 'discord-api-types/v10';
import { apiErrors } from '../errors.js';
import type { RecordedRequest } from '../http/requestLog.js';
import type { ResolvedOptions } from '../options.js';
import { SnowflakeFactory } from '../util/snowflake.js';
import type {
  ChannelRecord,
  CommandRecord,
  GuildRecord,
  InteractionRecord,
  MessageRecord,
  StoredFile,
  UserRecord,
} from './records.js';

/** Where state changes are announced to the bot: the gateway implements it. */
export interface EventSink {
  /** Sends to every session of the guild's shard; returns how many sessions took it. */
  toGuild(guildId: string, event: GatewayDispatchEvents, data: unknown): number;
  /** Sends to the sessions of shard 0, where Discord delivers DMs. */
  toDirect(event: GatewayDispatchEvents, data: unknown): number;
  /** Sends GUILD_CREATE for a guild the bot just joined. */
  guildJoined(guildId: string): void;
}

const noSink: EventSink = { toGuild: () => 0, toDirect: () => 0, guildJoined: () => {} };

/** Names of the events the test API's waits listen to. */
export type StateEvent =
  | 'message'
  | 'interaction'
  | 'callback'
  | 'request'
  | 'gateway'
  | 'commands'
  | 'closed'
  | 'internalError';

/** Everything one sim knows. Instances share nothing. */
export class SimState {
  readonly now: () => number;
  readonly ids: SnowflakeFactory;
  readonly events = new EventEmitter();
  readonly users = new Map<string, UserRecord>();
  readonly guilds = new Map<string, GuildRecord>();
  readonly channels = new Map<string, ChannelRecord>();
  readonly messages = new Map<string, MessageRecord>();
  readonly files = new Map<string, StoredFile>();
  readonly commands = new Map<string, CommandRecord>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly interactionsByToken = new Map<string, InteractionRecord>();
  readonly requests: RecordedRequest[] = [];
  /** Bugs of the sim itself (answered to the bot as 500), kept so a test can fail on them. */
  readonly internalErrors: unknown[] = [];
  readonly botUser: UserRecord;
  readonly token: string;
  /** `http://127.0.0.1:PORT`, known once the server listens. */
  baseUrl = '';
  sink: EventSink = noSink;
  /** IDENTIFYs accepted, for `session_start_limit.remaining`. */
  identifies = 0;
  closed = false;

  constructor(readonly options: ResolvedOptions) {
    this.now = options.now;
    this.ids = new SnowflakeFactory(options.now);
    this.events.setMaxListeners(0);
    const botId = this.ids.next();
    this.botUser = {
      id: botId,
      username: options.botUsername,
      globalName: null,
      bot: true,
      dmsOpen: false,
      locale: 'en-US',
    };
    this.users.set(botId, this.botUser);
    this.token = options.token ?? makeToken(botId);
  }

  /** On Discord a bot's application id equals its user id. */
  get applicationId(): string {
    return this.botUser.id;
  }

  /** `ws://127.0.0.1:PORT`, what GET /gateway/bot announces. */
  get gatewayUrl(): string {
    return this.baseUrl.replace(/^http/, 'ws');
  }

  emit(event: StateEvent, payload?: unknown): void {
    if (event === 'internalError') this.internalErrors.push(payload);
    this.events.emit(event, payload);
  }

  requireUser(id: string): UserRecord {
    const user = this.users.get(id);
    if (!user) throw apiErrors.unknownUser();
    return user;
  }

  requireGuild(id: string): GuildRecord {
    const guild = this.guilds.get(id);
    if (!guild) throw apiErrors.unknownGuild();
    return guild;
  }

  requireChannel(id: string): ChannelRecord {
    const channel = this.channels.get(id);
    if (!channel) throw apiErrors.unknownChannel();
    return channel;
  }

  requireMessage(channel: ChannelRecord, messageId: string, viewerId?: string): MessageRecord {
    const record = this.messages.get(messageId);
    if (
      !record ||
      record.deleted ||
      record.message.channel_id !== channel.id ||
      (record.visibleTo !== null && record.visibleTo !== viewerId)
    ) {
      throw apiErrors.unknownMessage();
    }
    return record;
  }

  /** The DM channel between the bot and a user, if one was opened. */
  dmChannelWith(userId: string): ChannelRecord | undefined {
    for (const channel of this.channels.values()) {
      if (channel.recipientId === userId) return channel;
    }
    return undefined;
  }

  sharesGuildWithBot(userId: string): boolean {
    for (const guild of this.guilds.values()) {
      if (guild.members.has(userId) && guild.members.has(this.botUser.id)) return true;
    }
    return false;
  }
}

function makeToken(botId: string): string {
  const part = (bytes: number) => randomBytes(bytes).toString('base64url');
  return `${Buffer.from(botId).toString('base64url')}.${part(5).slice(0, 6)}.${part(29).slice(0, 38)}`;
}
