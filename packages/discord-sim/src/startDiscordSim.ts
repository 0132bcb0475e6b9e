import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GatewayServer } from './gateway/GatewayServer.js';
import { FaultInjector } from './http/faults.js';
import { handleRequest } from './http/handleRequest.js';
import { DEFAULT_ROUTE_LIMITS, RateLimiter } from './http/rateLimits.js';
import { Router } from './http/router.js';
import { type DiscordSimOptions, resolveOptions } from './options.js';
import { allRoutes } from './routes/index.js';
import { SimState } from './state/SimState.js';
import { createGuild } from './state/world.js';
import { DiscordSim } from './testApi/DiscordSim.js';
import { seededRandom } from './util/random.js';

/**
 * Starts a Discord API v10 compatible REST and gateway server on a free
 * loopback port, with one guild holding one text channel, and resolves once
 * it listens.
 */
export async function startDiscordSim(options: DiscordSimOptions = {}): Promise<DiscordSim> {
  const resolved = resolveOptions(options);
  const state = new SimState(resolved);
  const guild = createGuild(state, { name: resolved.guildName, channelName: resolved.channelName });
  const channel = state.requireChannel(guild.channelIds[0] as string);
  const gateway = new GatewayServer(state);
  state.sink = gateway;
  const limiter = resolved.rateLimits
    ? new RateLimiter(
        resolved.rateLimits.routes ?? DEFAULT_ROUTE_LIMITS,
        resolved.rateLimits.globalPerSecond,
      )
    : null;
  const faults = new FaultInjector(seededRandom(resolved.seed));
  const deps = { state, router: new Router(allRoutes), limiter, faults };
  const server = createServer((request, response) => {
    handleRequest(deps, request, response).catch((error: unknown) => {
      state.emit('internalError', error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  server.on('upgrade', (request, socket, head) => gateway.handleUpgrade(request, socket, head));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  state.baseUrl = `http://127.0.0.1:${port}`;
  return new DiscordSim(state, gateway, faults, server, { guild, channel });
}
