// biome-ignore-all lint/suspicious/noExplicitAny: raw API answers are read field by field in assertions
import { once } from 'node:events';
import { Client, type ClientOptions, Events, GatewayIntentBits, Partials } from 'discord.js';
import { afterEach } from 'vitest';
import { type DiscordSim, type DiscordSimOptions, startDiscordSim } from '../src/index.js';

const clients = new Set<Client>();
const sims = new Set<DiscordSim>();

/** Destroys every client, then closes every sim, after each test: no open handles. */
afterEach(async () => {
  for (const client of clients) await client.destroy();
  clients.clear();
  const errors = [...sims].flatMap((sim) => [...sim.internalErrors]);
  for (const sim of sims) await sim.close();
  sims.clear();
  if (errors.length > 0)
    throw new AggregateError(errors, 'the sim answered a request with a 500 of its own');
});

export async function startSim(options: DiscordSimOptions = {}): Promise<DiscordSim> {
  const sim = await startDiscordSim(options);
  sims.add(sim);
  return sim;
}

/** The real discord.js client, pointed at the sim, logged in and ready. */
export async function connectClient(
  sim: DiscordSim,
  options: Partial<ClientOptions> = {},
): Promise<Client<true>> {
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
    ],
    partials: [Partials.Channel],
    rest: { api: sim.apiUrl },
    ...options,
  });
  clients.add(client);
  const ready = once(client, Events.ClientReady);
  await client.login(sim.token);
  await ready;
  return client as Client<true>;
}

/** A client that is created but whose login the test drives itself. */
export function trackClient(client: Client): Client {
  clients.add(client);
  return client;
}

export interface ApiAnswer {
  status: number;
  headers: Headers;
  body: any;
}

/** A raw REST call, for checking exact status codes, bodies and headers. */
export async function api(
  sim: DiscordSim,
  method: string,
  path: string,
  body?: unknown,
  options: { auth?: boolean | string; form?: FormData } = {},
): Promise<ApiAnswer> {
  const headers: Record<string, string> = {};
  if (options.auth !== false)
    headers.authorization = typeof options.auth === 'string' ? options.auth : `Bot ${sim.token}`;
  let payload: string | FormData | undefined;
  if (options.form) payload = options.form;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(`${sim.apiUrl}/v10${path}`, {
    method,
    headers,
    body: payload ?? null,
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}
