import type { GuildRecord } from '../state/records.js';
import type { SimState } from '../state/SimState.js';
import { shardOfGuild } from '../util/snowflake.js';
import { ALL_INTENTS, PRIVILEGED_INTENTS } from './intents.js';

export type IdentifyCheck =
  | { code: number; reason: string }
  | { intents: number; shardId: number; shardCount: number; guilds: GuildRecord[] };

/** Guilds with the bot that Discord routes to this shard. */
export function guildsOfShard(state: SimState, shardId: number, shardCount: number): GuildRecord[] {
  return [...state.guilds.values()].filter(
    (guild) =>
      guild.members.has(state.botUser.id) && shardOfGuild(guild.id, shardCount) === shardId,
  );
}

/** IDENTIFY's checks, in Discord's order, with the close code each failure gets. */
export function checkIdentify(state: SimState, data: Record<string, unknown>): IdentifyCheck {
  const token = String(data.token ?? '').replace(/^Bot /, '');
  if (token !== state.token) return { code: 4004, reason: 'Authentication failed' };
  const intents = data.intents;
  if (
    typeof intents !== 'number' ||
    !Number.isInteger(intents) ||
    intents < 0 ||
    (intents & ~ALL_INTENTS) !== 0
  ) {
    return { code: 4013, reason: 'Invalid intent(s)' };
  }
  if ((intents & PRIVILEGED_INTENTS & ~state.options.privilegedIntents) !== 0) {
    return { code: 4014, reason: 'Disallowed intent(s)' };
  }
  const [shardId, shardCount] = (Array.isArray(data.shard) ? data.shard : [0, 1]) as unknown[];
  if (
    typeof shardId !== 'number' ||
    typeof shardCount !== 'number' ||
    !Number.isInteger(shardId) ||
    !Number.isInteger(shardCount) ||
    shardCount < 1 ||
    shardId < 0 ||
    shardId >= shardCount
  ) {
    return { code: 4010, reason: 'Invalid shard' };
  }
  const guilds = guildsOfShard(state, shardId, shardCount);
  if (guilds.length > state.options.maxGuildsPerShard)
    return { code: 4011, reason: 'Sharding required' };
  return { intents, shardId, shardCount, guilds };
}
