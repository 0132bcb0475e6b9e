import type { RouteContext, RouteDef } from '../http/router.js';
import { userToApi } from '../state/serialize.js';

function application({ state }: RouteContext) {
  const owner = [...state.guilds.values()][0]?.ownerId;
  const ownerUser = owner ? state.users.get(owner) : undefined;
  return {
    status: 200,
    body: {
      id: state.applicationId,
      name: state.botUser.username,
      icon: null,
      description: '',
      summary: '',
      type: null,
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: 0,
      team: null,
      owner: ownerUser ? userToApi(ownerUser) : undefined,
      bot: userToApi(state.botUser),
      approximate_guild_count: state.guilds.size,
      interactions_endpoint_url: null,
      redirect_uris: [],
      tags: [],
      integration_types_config: { '0': {} },
    },
  };
}

export const applicationRoutes: RouteDef[] = [
  { method: 'GET', path: '/applications/@me', auth: 'bot', handler: application },
  { method: 'GET', path: '/oauth2/applications/@me', auth: 'bot', handler: application },
];
