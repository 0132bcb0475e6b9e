import { blueprintRef } from '@certpace/core';
import { getGuildSettings as readSettings, setGuildSettings as writeSettings } from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { StudyError } from '../errors/StudyError.js';
import { useCase } from '../errors/translateError.js';
import { resolveExam } from '../exams/resolveExam.js';
import { parseTimezone } from '../parse/parseDates.js';
import { parseWholeNumber } from '../parse/parseNumbers.js';
import { localToday } from '../time/localTime.js';

export interface GuildSettingsView {
  readonly guildId: string;
  readonly quizChannelId: string | null;
  /** IANA timezone for leaderboard periods and the members' fallback; null = UTC. */
  readonly timezone: string | null;
  readonly defaultExamRef: string | null;
  /** null = the default (30). */
  readonly secondsPerQuestion: number | null;
}

/** Changes: undefined leaves a setting alone, null clears it. */
export interface GuildSettingsInput {
  readonly quizChannelId?: string | null;
  readonly timezone?: string | null;
  readonly defaultExam?: string | null;
  readonly secondsPerQuestion?: number | string | null;
}

function view(guildId: string, row: Awaited<ReturnType<typeof readSettings>>): GuildSettingsView {
  return {
    guildId,
    quizChannelId: row?.quizChannelId ?? null,
    timezone: row?.timezone ?? null,
    defaultExamRef: row?.defaultExamRef ?? null,
    secondsPerQuestion: row?.secondsPerQuestion ?? null,
  };
}

function requireGuild(guildId: string): void {
  if (!guildId.trim())
    throw new StudyError('invalid-input', 'Server settings need a server (guild) id.', {
      field: 'guildId',
    });
}

/** A guild's settings (defaults where nothing was set). Permission checks are the front end's. */
export const getGuildSettings = useCase(
  async (deps: StudyDeps, input: { guildId: string }): Promise<GuildSettingsView> => {
    requireGuild(input.guildId);
    return view(input.guildId, await readSettings(deps.db, input.guildId));
  },
);

/** Changes a guild's settings after checking each value. */
export const setGuildSettings = useCase(
  async (
    deps: StudyDeps,
    input: { guildId: string } & GuildSettingsInput,
  ): Promise<GuildSettingsView> => {
    requireGuild(input.guildId);
    const today = localToday('UTC', deps.clock());
    const row = await writeSettings(deps.db, input.guildId, {
      ...(input.quizChannelId === undefined ? {} : { quizChannelId: input.quizChannelId }),
      ...(input.timezone === undefined
        ? {}
        : { timezone: input.timezone === null ? null : parseTimezone(input.timezone) }),
      ...(input.defaultExam === undefined
        ? {}
        : {
            defaultExamRef:
              input.defaultExam === null
                ? null
                : blueprintRef(resolveExam(input.defaultExam, today)),
          }),
      ...(input.secondsPerQuestion === undefined
        ? {}
        : {
            secondsPerQuestion:
              input.secondsPerQuestion === null
                ? null
                : parseWholeNumber(input.secondsPerQuestion, {
                    field: 'secondsPerQuestion',
                    label: 'Seconds per question',
                    min: 5,
                    max: 600,
                  }),
          }),
    });
    return view(input.guildId, row);
  },
);
