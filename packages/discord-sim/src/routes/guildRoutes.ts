import { apiErrors } from '../errors.js';
import type { RouteDef } from '../http/router.js';
import { botGuild } from '../state/botAccess.js';
import { channelToApi, guildToApi, memberToApi, roleToApi } from '../state/serialize.js';

export const guildRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/guilds/:guild_id',
    auth: 'bot',
    handler: ({ state, params, query }) => {
      const guild = botGuild(state, params.guild_id ?? '');
      const counts =
        query.get('with_counts') === 'true'
          ? { approximate_member_count: guild.members.size, approximate_presence_count: 0 }
          : {};
      return { status: 200, body: { ...guildToApi(guild), ...counts } };
    },
  },
  {
    method: 'GET',
    path: '/guilds/:guild_id/channels',
    auth: 'bot',
    handler: ({ state, params }) => {
      const guild = botGuild(state, params.guild_id ?? '');
      const channels = guild.channelIds
        .map((id) => state.requireChannel(id))
        .map((c) => channelToApi(c));
      return { status: 200, body: channels };
    },
  },
  {
    method: 'GET',
    path: '/guilds/:guild_id/roles',
    auth: 'bot',
    handler: ({ state, params }) => {
      const guild = botGuild(state, params.guild_id ?? '');
      return { status: 200, body: [...guild.roles.values()].map(roleToApi) };
    },
  },
  {
    method: 'GET',
    path: '/guilds/:guild_id/roles/:role_id',
    auth: 'bot',
    handler: ({ state, params }) => {
      const role = botGuild(state, params.guild_id ?? '').roles.get(params.role_id ?? '');
      if (!role) throw apiErrors.unknownRole();
      return { status: 200, body: roleToApi(role) };
    },
  },
  {
    method: 'GET',
    path: '/guilds/:guild_id/members/:user_id',
    auth: 'bot',
    handler: ({ state, params }) => {
      const guild = botGuild(state, params.guild_id ?? '');
      const member = guild.members.get(params.user_id ?? '');
      const user = member && state.users.get(member.userId);
      if (!member || !user) throw apiErrors.unknownMember();
      return { status: 200, body: memberToApi(member, user) };
    },
  },
  {
    method: 'GET',
    path: '/guilds/:guild_id/members',
    auth: 'bot',
    handler: ({ state, params, query }) => {
      const guild = botGuild(state, params.guild_id ?? '');
      const after = query.get('after');
      const limit = Math.min(1_000, Math.max(1, Number(query.get('limit') ?? 1) || 1));
      const members = [...guild.members.values()]
        .filter((member) => !after || BigInt(member.userId) > BigInt(after))
        .sort((a, b) => (BigInt(a.userId) < BigInt(b.userId) ? -1 : 1))
        .slice(0, limit)
        .flatMap((member) => {
          const user = state.users.get(member.userId);
          return user ? [memberToApi(member, user)] : [];
        });
      return { status: 200, body: members };
    },
  },
];
