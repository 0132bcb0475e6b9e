import { DiscordAPIError, DiscordjsError, DiscordjsErrorCodes } from 'discord.js';
import { EnvError } from '../env.js';

const TOKEN_FIX =
  'reset it in the Discord Developer Portal -> your application -> Bot -> Reset Token, and put the new one in .env as DISCORD_TOKEN';

/** One line for a failure at start (or registration): what went wrong and what to do. */
export function describeStartupError(error: unknown): string {
  if (error instanceof EnvError) return error.lines.join(' ');
  if (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid) {
    return `DISCORD_TOKEN was refused by Discord: ${TOKEN_FIX}.`;
  }
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) return `DISCORD_TOKEN was refused by Discord (401): ${TOKEN_FIX}.`;
    if (error.status === 403 || error.code === 50001) {
      return `Discord refused access (${error.status}): invite the bot to the server with the applications.commands scope, and check DISCORD_GUILD_ID.`;
    }
    return `Discord answered ${error.status} (${error.code}): ${error.message}`;
  }
  if (error instanceof Error) {
    // fetch() reports an unreachable host as "fetch failed" with the system error as its cause.
    const code =
      (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT') {
      return `cannot reach the server (${String(code)}): check the network, DISCORD_API_URL and DATABASE_URL.`;
    }
    return error.message;
  }
  return String(error);
}
