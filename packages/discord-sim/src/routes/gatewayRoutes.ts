import type { RouteDef } from '../http/router.js';

/** GET /gateway and /gateway/bot: discord.js asks the latter for the URL and shard count. */
export const gatewayRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/gateway',
    auth: 'none',
    handler: ({ state }) => ({ status: 200, body: { url: state.gatewayUrl } }),
  },
  {
    method: 'GET',
    path: '/gateway/bot',
    auth: 'bot',
    handler: ({ state }) => ({
      status: 200,
      body: {
        url: state.gatewayUrl,
        shards: Math.max(1, Math.ceil(state.guilds.size / 1_000)),
        session_start_limit: {
          total: 1_000,
          remaining: Math.max(0, 1_000 - state.identifies),
          reset_after: 86_400_000,
          max_concurrency: state.options.maxConcurrency,
        },
      },
    }),
  },
];
