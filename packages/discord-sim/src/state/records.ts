import type {
  APIApplicationCommand,
  APIMessage,
  APIOverwrite,
  ChannelType,
  InteractionResponseType,
  InteractionType,
} from 'discord-api-types/v10';

export interface UserRecord {
  id: string;
  username: string;
  globalName: string | null;
  bot: boolean;
  /** Whether the user accepts DMs from server members (Privacy settings). */
  dmsOpen: boolean;
  locale: string;
}

export interface RoleRecord {
  id: string;
  name: string;
  permissions: bigint;
  position: number;
  color: number;
  /** Set on the role Discord creates for a bot when it joins. */
  botId: string | null;
}

export interface MemberRecord {
  userId: string;
  roleIds: string[];
  joinedAt: string;
  nick: string | null;
}

export interface GuildRecord {
  id: string;
  name: string;
  ownerId: string;
  locale: string;
  roles: Map<string, RoleRecord>;
  members: Map<string, MemberRecord>;
  channelIds: string[];
}

export interface ChannelRecord {
  id: string;
  type: ChannelType;
  guildId: string | null;
  name: string | null;
  position: number;
  topic: string | null;
  /** For DMs: the human on the other side of the bot. */
  recipientId: string | null;
  overwrites: APIOverwrite[];
  lastMessageId: string | null;
  messageIds: string[];
}

export interface MessageRecord {
  message: APIMessage;
  /** Ephemeral messages are seen by this user only. */
  visibleTo: string | null;
  /** Sim time of creation, for nonce windows. */
  createdAt: number;
  deleted: boolean;
  /** How many times it was edited, so a wait can tell an edit landed. */
  edits: number;
  /** The interaction whose response or followup this is. */
  interactionId: string | null;
}

export interface StoredFile {
  id: string;
  channelId: string;
  filename: string;
  contentType: string | undefined;
  data: Buffer;
}

export type CommandRecord = APIApplicationCommand;

export interface InteractionCallbackRecord {
  type: InteractionResponseType;
  data: Record<string, unknown> | undefined;
  /** Sim time the callback arrived. */
  at: number;
  /** Real milliseconds from dispatch to callback, for latency figures. */
  latencyMs: number;
}

export interface InteractionRecord {
  id: string;
  token: string;
  type: InteractionType;
  userId: string;
  guildId: string | null;
  channelId: string;
  /** What the user did, for transcripts: "/plan create", "[Done]". */
  summary: string;
  /** The payload dispatched in INTERACTION_CREATE. */
  payload: Record<string, unknown>;
  /** Sim time of creation: deadlines count from here. */
  createdAt: number;
  /** performance.now() at dispatch, for latency. */
  dispatchedAtPerf: number;
  /** The message a component or modal came from. */
  sourceMessageId: string | null;
  callback: InteractionCallbackRecord | null;
  /** The message `@original` refers to once answered. */
  originalMessageId: string | null;
  followupIds: string[];
  /** Edits of the `@original` message when the callback arrived; a deferred update is done once there are more. */
  editsAtCallback: number;
  /** A modal shown by this interaction was submitted (a modal closes when submitted). */
  modalSubmitted: boolean;
  ephemeral: boolean;
  /** True when no gateway session could receive the dispatch. */
  undelivered: boolean;
}
