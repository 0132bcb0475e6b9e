import { REST, Routes } from 'discord.js';
import { commands as shippedCommands } from '../commands/index.js';
import { type Env, EnvError } from '../env.js';
import type { CommandList } from '../framework/commandList.js';

export interface RegistrationResult {
  readonly scope: 'guild' | 'global';
  readonly guildId: string | undefined;
  readonly names: readonly string[];
}

/**
 * Replaces the application's commands with the list (one bulk overwrite):
 * in DISCORD_GUILD_ID when set (instant, for a test server), else globally.
 * Talks to DISCORD_API_URL, so it registers in a Discord-compatible server too.
 */
export async function registerCommands(options: {
  readonly env: Env;
  readonly commands?: CommandList;
}): Promise<RegistrationResult> {
  const { env } = options;
  const list = options.commands ?? shippedCommands;
  const applicationId = env.DISCORD_APPLICATION_ID;
  if (!applicationId) {
    throw new EnvError([
      'DISCORD_APPLICATION_ID is missing and cannot be read from DISCORD_TOKEN: copy the Application ID from the Developer Portal -> your application -> General Information into .env',
    ]);
  }
  const rest = new REST({ api: env.DISCORD_API_URL }).setToken(env.DISCORD_TOKEN);
  const route = env.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(applicationId, env.DISCORD_GUILD_ID)
    : Routes.applicationCommands(applicationId);
  const body = list.definitions();
  const saved = (await rest.put(route, { body })) as { name: string }[];
  return {
    scope: env.DISCORD_GUILD_ID ? 'guild' : 'global',
    guildId: env.DISCORD_GUILD_ID,
    names: saved.map((c) => c.name),
  };
}

/** The one line `npm run register` prints. */
export function describeRegistration(result: RegistrationResult): string {
  const names = result.names.map((n) => `/${n}`).join(', ');
  const where =
    result.scope === 'guild'
      ? `to server ${result.guildId}`
      : 'globally (all servers the bot is in)';
  return `Registered ${result.names.length} commands ${where}: ${names}`;
}
