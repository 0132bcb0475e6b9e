// @certpace/discord-sim: a Discord API v10 compatible REST and gateway server for end-to-end tests.

export { ApiError, SimTimeoutError, SimUsageError } from './errors.js';
export type { SessionInfo } from './gateway/GatewayServer.js';
export type { FaultHandle, FaultRule } from './http/faults.js';
export type { RouteLimitRule } from './http/rateLimits.js';
export { DEFAULT_ROUTE_LIMITS } from './http/rateLimits.js';
export type { RecordedFile, RecordedRequest, RequestFilter } from './http/requestLog.js';
export type { RunCommandOptions } from './interactions/commandInteraction.js';
export type { AttachmentInput, CommandOptionValue } from './interactions/commandOptions.js';
export type { MessageRef } from './interactions/componentInteraction.js';
export type { ModalFields } from './interactions/modalSubmit.js';
export type { DiscordSimOptions } from './options.js';
export { startDiscordSim } from './startDiscordSim.js';
export type {
  AddMemberOptions,
  CreateChannelOptions,
  CreateGuildOptions,
  CreateRoleOptions,
  CreateUserOptions,
} from './state/world.js';
export { DiscordSim, type SimChannel, type SimGuild } from './testApi/DiscordSim.js';
export type { DisconnectOptions, GatewayControl } from './testApi/GatewayControl.js';
export { InteractionHandle, type InteractionResponse } from './testApi/InteractionHandle.js';
export { SimUser } from './testApi/SimUser.js';
export type { ViewOptions } from './testApi/transcript.js';
export { shardOfGuild } from './util/snowflake.js';
export type { WaitOptions } from './util/waitFor.js';
