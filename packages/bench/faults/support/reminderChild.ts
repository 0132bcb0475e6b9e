// A reminder sender in a process of its own, for the crash tests: it claims the due
// reminders as the bot's tick does, optionally sends them with the bot's own sender, says
// so on stdout (one JSON line per step), then waits to be killed before recording anything.
// Run with: node --import tsx --conditions=source reminderChild.ts (env below).

import { once } from 'node:events';
import { sendReminder } from '@certpace/bot';
import { createDatabase } from '@certpace/db';
import { claimReminders } from '@certpace/study';
import { Client, Events, GatewayIntentBits } from 'discord.js';

const {
  DATABASE_URL = '',
  DISCORD_API_URL = '',
  DISCORD_TOKEN = '',
  NOW = '',
  MODE = '',
} = process.env;
const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

const database = await createDatabase({ url: DATABASE_URL, env: {}, migrate: false });
const claims = await claimReminders({ db: database, clock: () => new Date(NOW) });
say({ step: 'claimed', deliveryIds: claims.map((c) => c.deliveryId) });
if (MODE === 'send') {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: DISCORD_API_URL },
  });
  const ready = once(client, Events.ClientReady);
  await client.login(DISCORD_TOKEN);
  await ready;
  for (const due of claims) {
    const outcome = await sendReminder(client, due);
    say({ step: 'sent', deliveryId: due.deliveryId, ok: outcome.sent });
  }
}
say({ step: 'waiting' });
// Nothing is recorded: the parent kills this process here, as a crash would.
setInterval(() => {}, 60_000);
