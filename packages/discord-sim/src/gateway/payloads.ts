import { GatewayIntentBits } from 'discord-api-types/v10';
import type { GuildRecord } from '../state/records.js';
import type { SimState } from '../state/SimState.js';
import { channelToApi, guildToApi, memberToApi, userToApi } from '../state/serialize.js';
import type { Session } from './Session.js';

export function readyPayload(
  state: SimState,
  session: Session,
  guilds: GuildRecord[],
): Record<string, unknown> {
  return {
    v: 10,
    user: { ...userToApi(state.botUser), bot: true, verified: true, mfa_enabled: false, flags: 0 },
    guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
    session_id: session.id,
    session_type: 'normal',
    resume_gateway_url: state.gatewayUrl,
    shard: session.shard,
    application: { id: state.applicationId, flags: 0 },
    private_channels: [],
    relationships: [],
    presences: [],
    guild_join_requests: [],
    geo_ordered_rtc_regions: [],
    user_settings: {},
    auth: {},
    _trace: ['["discord-sim",{"micros":0}]'],
  };
}

/**
 * GUILD_CREATE as a session sees it: channels and roles always; members are
 * the bot alone unless the session asked for presences and the guild is not
 * "large", as Discord does.
 */
export function guildCreatePayload(
  state: SimState,
  guild: GuildRecord,
  session: Session,
): Record<string, unknown> {
  const large = guild.members.size > session.largeThreshold;
  const everyone = (session.intents & GatewayIntentBits.GuildPresences) !== 0 && !large;
  const members = [...guild.members.values()]
    .filter((member) => everyone || member.userId === state.botUser.id)
    .flatMap((member) => {
      const user = state.users.get(member.userId);
      return user ? [memberToApi(member, user)] : [];
    });
  const botMember = guild.members.get(state.botUser.id);
  return {
    ...guildToApi(guild),
    joined_at: botMember?.joinedAt ?? new Date(state.now()).toISOString(),
    large,
    unavailable: false,
    member_count: guild.members.size,
    voice_states: [],
    members,
    channels: guild.channelIds.flatMap((id) => {
      const channel = state.channels.get(id);
      return channel ? [channelToApi(channel)] : [];
    }),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    lazy: true,
  };
}
