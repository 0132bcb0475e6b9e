import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';

/** A discord.js client logged in to a Discord-compatible server, with the bot's intents. */
export async function loggedInClient(apiUrl: string, token: string): Promise<Client<true>> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    rest: { api: apiUrl },
  });
  const ready = once(client, Events.ClientReady);
  await client.login(token);
  await ready;
  return client as Client<true>;
}
