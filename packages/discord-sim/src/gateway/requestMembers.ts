import { GatewayDispatchEvents, GatewayIntentBits } from 'discord-api-types/v10';
import type { SimState } from '../state/SimState.js';
import { memberToApi } from '../state/serialize.js';
import type { Session } from './Session.js';

/**
 * Opcode 8: members of a guild sent back as GUILD_MEMBERS_CHUNK. Listing
 * everyone (an empty query) needs the Guild Members intent, as on Discord.
 */
export function requestGuildMembers(
  state: SimState,
  session: Session,
  data: Record<string, unknown>,
): void {
  const guild = state.guilds.get(String(data.guild_id));
  if (!guild) return;
  const ids = Array.isArray(data.user_ids)
    ? data.user_ids.map(String)
    : typeof data.user_ids === 'string'
      ? [data.user_ids]
      : null;
  const query = typeof data.query === 'string' ? data.query.toLowerCase() : '';
  if (!ids && query === '' && (session.intents & GatewayIntentBits.GuildMembers) === 0) return;
  const limit =
    typeof data.limit === 'number' && data.limit > 0 ? data.limit : Number.POSITIVE_INFINITY;
  const members = [...guild.members.values()]
    .filter((member) => {
      const user = state.users.get(member.userId);
      if (!user) return false;
      if (ids) return ids.includes(member.userId);
      return user.username.toLowerCase().startsWith(query);
    })
    .slice(0, limit)
    .flatMap((member) => {
      const user = state.users.get(member.userId);
      return user ? [memberToApi(member, user)] : [];
    });
  const found = new Set(members.map((m) => m.user.id));
  session.dispatch(GatewayDispatchEvents.GuildMembersChunk, {
    guild_id: guild.id,
    members,
    chunk_index: 0,
    chunk_count: 1,
    ...(ids ? { not_found: ids.filter((id) => !found.has(id)) } : {}),
    ...(data.nonce !== undefined ? { nonce: data.nonce } : {}),
  });
}
