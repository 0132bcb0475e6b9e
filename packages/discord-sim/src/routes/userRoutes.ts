import { apiErrors } from '../errors.js';
import type { RouteDef } from '../http/router.js';
import { basePermissions } from '../state/permissions.js';
import { channelToApi, userToApi } from '../state/serialize.js';
import { openDm } from '../state/world.js';
import { FormErrors, isRecord } from '../validate/FormErrors.js';

export const userRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/users/@me',
    auth: 'bot',
    handler: ({ state }) => ({
      status: 200,
      body: {
        ...userToApi(state.botUser),
        bot: true,
        verified: true,
        mfa_enabled: false,
        flags: 0,
        locale: 'en-US',
      },
    }),
  },
  {
    method: 'GET',
    path: '/users/:user_id',
    auth: 'bot',
    handler: ({ state, params }) => ({
      status: 200,
      body: userToApi(state.requireUser(params.user_id ?? '')),
    }),
  },
  {
    method: 'GET',
    path: '/users/@me/guilds',
    auth: 'bot',
    handler: ({ state, query }) => {
      const after = query.get('after');
      const limit = Math.min(200, Math.max(1, Number(query.get('limit') ?? 200) || 200));
      const guilds = [...state.guilds.values()]
        .filter((guild) => guild.members.has(state.botUser.id))
        .filter((guild) => !after || BigInt(guild.id) > BigInt(after))
        .slice(0, limit)
        .map((guild) => {
          const permissions = basePermissions(guild, state.botUser.id);
          return {
            id: guild.id,
            name: guild.name,
            icon: null,
            banner: null,
            owner: guild.ownerId === state.botUser.id,
            permissions: permissions.toString(),
            features: [],
            ...(query.get('with_counts') === 'true'
              ? { approximate_member_count: guild.members.size, approximate_presence_count: 0 }
              : {}),
          };
        });
      return { status: 200, body: guilds };
    },
  },
  {
    method: 'POST',
    path: '/users/@me/channels',
    auth: 'bot',
    handler: ({ state, body }) => {
      const data = isRecord(body.json) ? body.json : {};
      if (typeof data.recipient_id !== 'string') {
        const errors = new FormErrors();
        errors.required(['recipient_id']);
        throw apiErrors.invalidFormBody(errors.tree);
      }
      const recipient = state.requireUser(data.recipient_id);
      if (recipient.id === state.botUser.id) throw apiErrors.cannotMessageUser();
      const channel = openDm(state, recipient.id);
      return { status: 200, body: channelToApi(channel, recipient) };
    },
  },
];
