import type { RouteLimitRule } from './http/rateLimits.js';

/** How a sim behaves; every field has a default that matches Discord. */
export interface DiscordSimOptions {
  /** The clock for timestamps, snowflakes and deadlines (ms since 1970). Default `Date.now`. */
  now?: () => number;
  /** How long the bot has to answer an interaction. Default 3,000 ms, as on Discord. */
  interactionDeadlineMs?: number;
  /** How long followups and `@original` stay usable. Default 15 minutes. */
  interactionTokenTtlMs?: number;
  /** How long `enforce_nonce` remembers a nonce. Default 5 minutes ("a few minutes" on Discord). */
  nonceWindowMs?: number;
  /** The bot token; default a random one in Discord's format. */
  token?: string;
  /** The bot's username. Default `certpace`. */
  botUsername?: string;
  /** Name of the guild the sim starts with. Default `Study Group`. */
  guildName?: string;
  /** Name of that guild's text channel. Default `general`. */
  channelName?: string;
  /** Interval announced in HELLO. Default 41,250 ms, as on Discord. */
  heartbeatIntervalMs?: number;
  /** How long a disconnected gateway session stays resumable. Default 2 minutes. */
  resumeWindowMs?: number;
  /** `max_concurrency` of GET /gateway/bot. Default 1 (discord.js waits 5 s between identifies of one process). */
  maxConcurrency?: number;
  /** Privileged intents the application is allowed (bitfield). Default all three. */
  privilegedIntents?: number;
  /** Guilds one shard may hold before IDENTIFY is refused with 4011. Default 2,500. */
  maxGuildsPerShard?: number;
  /** Rate limits; `false` turns them off. */
  rateLimits?: false | { globalPerSecond?: number; routes?: RouteLimitRule[] };
  /** Largest upload per file. Default 10 MiB. */
  maxUploadBytes?: number;
  /** Seed for fault injection by fraction. Default 1. */
  seed?: number;
  /** Default timeout of the test API's waits. Default 5,000 ms. */
  waitTimeoutMs?: number;
  /** Send CHANNEL_CREATE when a DM channel is opened (Discord stopped doing so in gateway v8). Default false. */
  dmChannelCreateEvents?: boolean;
}

export type ResolvedOptions = Required<Omit<DiscordSimOptions, 'token' | 'rateLimits'>> & {
  token: string | undefined;
  rateLimits: false | { globalPerSecond: number; routes: RouteLimitRule[] | undefined };
};

const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);

export function resolveOptions(options: DiscordSimOptions): ResolvedOptions {
  return {
    now: options.now ?? Date.now,
    interactionDeadlineMs: options.interactionDeadlineMs ?? 3_000,
    interactionTokenTtlMs: options.interactionTokenTtlMs ?? 15 * 60_000,
    nonceWindowMs: options.nonceWindowMs ?? 5 * 60_000,
    token: options.token,
    botUsername: options.botUsername ?? 'certpace',
    guildName: options.guildName ?? 'Study Group',
    channelName: options.channelName ?? 'general',
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    resumeWindowMs: options.resumeWindowMs ?? 2 * 60_000,
    maxConcurrency: options.maxConcurrency ?? 1,
    privilegedIntents: options.privilegedIntents ?? PRIVILEGED_INTENTS,
    maxGuildsPerShard: options.maxGuildsPerShard ?? 2_500,
    rateLimits:
      options.rateLimits === false
        ? false
        : {
            globalPerSecond: options.rateLimits?.globalPerSecond ?? 50,
            routes: options.rateLimits?.routes,
          },
    maxUploadBytes: options.maxUploadBytes ?? 10 * 1024 * 1024,
    seed: options.seed ?? 1,
    waitTimeoutMs: options.waitTimeoutMs ?? 5_000,
    dmChannelCreateEvents: options.dmChannelCreateEvents ?? false,
  };
}
