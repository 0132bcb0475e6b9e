import { eq } from 'drizzle-orm';
import { repository } from '../database/mapError.js';
import { drizzleOf, type Executor } from '../database/types.js';
import { type GuildSettingsRow, guildSettings } from '../schema/guildSettings.js';
import { assertTimeZone } from '../time/timeZone.js';

export type GuildSettings = GuildSettingsRow;

/** Changes to a guild's settings: undefined leaves a setting alone, null clears it. */
export interface GuildSettingsChanges {
  readonly quizChannelId?: string | null;
  readonly timezone?: string | null;
  readonly defaultExamRef?: string | null;
  readonly secondsPerQuestion?: number | null;
}

export const getGuildSettings = repository(
  async (executor: Executor, guildId: string): Promise<GuildSettings | null> => {
    const [row] = await drizzleOf(executor)
      .select()
      .from(guildSettings)
      .where(eq(guildSettings.guildId, guildId));
    return row ?? null;
  },
);

/**
 * Applies changes to a guild's settings, creating them on first use. Throws
 * `InvalidTimeZoneError` for an unknown timezone and `DatabaseConstraintError`
 * for seconds per question outside 5..600.
 */
export const setGuildSettings = repository(
  async (
    executor: Executor,
    guildId: string,
    changes: GuildSettingsChanges,
  ): Promise<GuildSettings> => {
    if (changes.timezone) assertTimeZone(changes.timezone);
    const set = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined),
    ) as GuildSettingsChanges;
    const insert = drizzleOf(executor)
      .insert(guildSettings)
      .values({ guildId, ...set });
    const [row] = await (Object.keys(set).length === 0
      ? insert.onConflictDoUpdate({ target: guildSettings.guildId, set: { guildId } })
      : insert.onConflictDoUpdate({ target: guildSettings.guildId, set })
    ).returning();
    if (!row) throw new Error('upsert into guild_settings returned no row');
    return row;
  },
);
