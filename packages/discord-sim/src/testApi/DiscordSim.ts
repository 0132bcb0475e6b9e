import type { Server } from 'node:http';
import type {
  APIApplicationCommand,
  APIAttachment,
  APIMessage,
  APIUser,
} from 'discord-api-types/v10';
import { SimUsageError } from '../errors.js';
import type { GatewayServer, SessionInfo } from '../gateway/GatewayServer.js';
import type { FaultHandle, FaultInjector, FaultRule } from '../http/faults.js';
import { matchesFilter, type RecordedRequest, type RequestFilter } from '../http/requestLog.js';
import { commandsIn } from '../state/commands.js';
import type { ChannelRecord, GuildRecord } from '../state/records.js';
import type { SimState } from '../state/SimState.js';
import { userToApi } from '../state/serialize.js';
import * as world from '../state/world.js';
import { type WaitOptions, waitFor } from '../util/waitFor.js';
import { GatewayControl } from './GatewayControl.js';
import { InteractionHandle } from './InteractionHandle.js';
import { waitForCommands, waitForRequest } from './logWaits.js';
import { SimUser } from './SimUser.js';
import { transcript, type ViewOptions, visibleRecords } from './transcript.js';

export interface SimGuild {
  id: string;
  name: string;
}

export interface SimChannel {
  id: string;
  name: string | null;
  guildId: string | null;
}

type UserRef = string | { id: string };
const idOf = (ref: UserRef) => (typeof ref === 'string' ? ref : ref.id);
const guildView = (guild: GuildRecord): SimGuild => ({ id: guild.id, name: guild.name });
const channelView = (channel: ChannelRecord): SimChannel => ({
  id: channel.id,
  name: channel.name,
  guildId: channel.guildId,
});

/** A running sim: the bot talks to `apiUrl`; the test plays the people and reads what happened. */
export class DiscordSim {
  readonly gateway: GatewayControl;
  /** The server the sim starts with, owned by `owner`. */
  readonly guild: SimGuild;
  /** Its text channel. */
  readonly channel: SimChannel;
  readonly owner: SimUser;

  constructor(
    private readonly state: SimState,
    gateway: GatewayServer,
    private readonly faults: FaultInjector,
    private readonly server: Server,
    initial: { guild: GuildRecord; channel: ChannelRecord },
  ) {
    this.gateway = new GatewayControl(state, gateway);
    this.guild = guildView(initial.guild);
    this.channel = channelView(initial.channel);
    this.owner = this.user(initial.guild.ownerId);
  }

  /** What discord.js's `rest.api` option (and DISCORD_API_URL) takes; discord.js appends `/v10`. */
  get apiUrl(): string {
    return `${this.state.baseUrl}/api`;
  }

  get gatewayUrl(): string {
    return this.state.gatewayUrl;
  }

  get token(): string {
    return this.state.token;
  }

  get applicationId(): string {
    return this.state.applicationId;
  }

  get botUser(): APIUser {
    return userToApi(this.state.botUser);
  }

  createUser(options: world.CreateUserOptions): SimUser {
    return new SimUser(this.state, world.createUser(this.state, options));
  }

  /** A user already in the sim, by id. */
  user(ref: UserRef): SimUser {
    const record = this.state.users.get(idOf(ref));
    if (!record || record.bot) throw new SimUsageError(`no user ${idOf(ref)}`);
    return new SimUser(this.state, record);
  }

  /** A new server with the bot in it (GUILD_CREATE goes to the shard that owns it). */
  createGuild(options: world.CreateGuildOptions = {}): SimGuild & { channelId: string } {
    const guild = world.createGuild(this.state, options);
    return { ...guildView(guild), channelId: guild.channelIds[0] as string };
  }

  createChannel(guildId: string, options: world.CreateChannelOptions): SimChannel {
    return channelView(world.createChannel(this.state, guildId, options));
  }

  createRole(guildId: string, options: world.CreateRoleOptions): { id: string; name: string } {
    const role = world.createRole(this.state, guildId, options);
    return { id: role.id, name: role.name };
  }

  addMember(guildId: string, user: UserRef, options?: world.AddMemberOptions): void {
    world.addMember(this.state, guildId, idOf(user), options);
  }

  /** Messages of a channel, oldest first; ephemeral ones only with `as`. */
  messages(channelId: string, view?: ViewOptions): APIMessage[] {
    return visibleRecords(this.state, channelId, view).map((r) => structuredClone(r.message));
  }

  message(id: string): APIMessage | undefined {
    const record = this.state.messages.get(id);
    return record && !record.deleted ? structuredClone(record.message) : undefined;
  }

  /** A readable account of a channel for assertions and failure messages. */
  transcript(channelId: string, view?: ViewOptions): string {
    return transcript(this.state, channelId, view);
  }

  /** The DM channel between the bot and a user, once the bot opened it. */
  dmChannelOf(user: UserRef): string | undefined {
    return this.state.dmChannelWith(idOf(user))?.id;
  }

  /** Registered commands: global, or one guild's. */
  commands(scope: { guildId?: string } = {}): APIApplicationCommand[] {
    return structuredClone(commandsIn(this.state, scope.guildId ?? null));
  }

  /** The bytes stored for an attachment the bot uploaded. */
  attachmentBytes(attachment: Pick<APIAttachment, 'id'> | string): Buffer {
    const id =
      typeof attachment === 'string' ? (attachment.split('/').at(-2) ?? attachment) : attachment.id;
    const file =
      this.state.files.get(id) ??
      this.state.files.get(typeof attachment === 'string' ? attachment : '');
    if (!file) throw new SimUsageError(`no stored attachment ${id}`);
    return Buffer.from(file.data);
  }

  /** Every request the bot made, in arrival order. */
  get requests(): readonly RecordedRequest[] {
    return this.state.requests;
  }

  /** Errors inside the sim (answered as 500); empty unless the sim has a bug. */
  get internalErrors(): readonly unknown[] {
    return this.state.internalErrors;
  }

  requestsMatching(filter: RequestFilter): RecordedRequest[] {
    return this.state.requests.filter((request) => matchesFilter(request, filter));
  }

  /** Every interaction users started, oldest first. */
  interactions(): InteractionHandle[] {
    return [...this.state.interactions.values()].map(
      (record) => new InteractionHandle(this.state, record),
    );
  }

  /** The first message in the channel matching the predicate, already there or still to come (edits count). */
  waitForMessage(
    channelId: string,
    predicate: (message: APIMessage) => boolean = () => true,
    options: WaitOptions & ViewOptions = {},
  ): Promise<APIMessage> {
    return waitFor(
      this.state,
      ['message'],
      () => this.messages(channelId, options).find(predicate),
      () =>
        `a message in ${this.#channelName(channelId)} matching the predicate; the channel holds:\n${tail(this.transcript(channelId, options))}`,
      options,
    );
  }

  /** The first DM from the bot to this user matching the predicate. */
  waitForDM(
    user: UserRef,
    predicate?: (message: APIMessage) => boolean,
    options?: WaitOptions,
  ): Promise<APIMessage> {
    return this.user(user).waitForDM(predicate, options);
  }

  /** The first request (from index `from`, default 0) matching a filter or predicate. */
  waitForRequest(
    match: RequestFilter | ((request: RecordedRequest) => boolean),
    options: WaitOptions & { from?: number } = {},
  ): Promise<RecordedRequest> {
    return waitForRequest(this.state, match, options);
  }

  /** Registered commands of a scope once the predicate holds (default: any registered). */
  waitForCommands(
    predicate: (commands: APIApplicationCommand[]) => boolean = (list) => list.length > 0,
    options: WaitOptions & { guildId?: string } = {},
  ): Promise<APIApplicationCommand[]> {
    return waitForCommands(this.state, predicate, options);
  }

  /** Makes the next matching requests fail with a 429 or a 5xx (see FaultRule). */
  injectFaults(rule: FaultRule): FaultHandle {
    return this.faults.add(rule);
  }

  /** Closes every connection and the port. Destroy discord.js clients first, or they will try to reconnect. */
  async close(): Promise<void> {
    if (this.state.closed) return;
    this.state.closed = true;
    this.state.emit('closed');
    this.gateway.close();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    this.state.events.removeAllListeners();
  }

  #channelName(channelId: string): string {
    const channel = this.state.channels.get(channelId);
    return channel?.name ? `#${channel.name}` : `channel ${channelId}`;
  }
}

function tail(text: string): string {
  const lines = text.split('\n');
  return (lines.length > 20 ? ['…', ...lines.slice(-20)] : lines).join('\n') || '(nothing)';
}

export type { SessionInfo };
