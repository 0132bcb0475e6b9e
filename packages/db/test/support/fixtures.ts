import {
  type Database,
  type Learner,
  type PlannedTask,
  setReminder,
  upsertDiscordLearner,
  type WeeklyAvailability,
} from '../../src/index.js';

export const EVERY_DAY_HOUR: WeeklyAvailability = {
  mon: 60,
  tue: 60,
  wed: 60,
  thu: 60,
  fri: 60,
  sat: 60,
  sun: 60,
};

let counter = 0;

/** A Discord learner with a fresh user id. */
export function discordLearner(db: Database, displayName = 'Learner'): Promise<Learner> {
  counter += 1;
  return upsertDiscordLearner(db, { discordUserId: `user-${counter}`, displayName });
}

export function task(id: string, date: string, overrides: Partial<PlannedTask> = {}): PlannedTask {
  return {
    id,
    date,
    kind: 'learn',
    minutes: 30,
    title: `Task ${id}`,
    domainId: 'nlp',
    ...overrides,
  };
}

export function planInput(
  learnerId: string,
  tasks: readonly PlannedTask[],
  examRef = 'AI-103@2026-04',
) {
  return {
    learnerId,
    examRef,
    examDate: '2027-03-15',
    startDate: '2027-02-01',
    availability: EVERY_DAY_HOUR,
    timezone: 'Europe/Berlin',
    input: { examRef, start: '2027-02-01', examDate: '2027-03-15', availability: 60 },
    tasks,
  };
}

/** A learner with a daily reminder at `time` in `timezone`, set at `setAt`. */
export async function learnerWithReminder(
  db: Database,
  time: string,
  timezone: string,
  setAt: Date,
): Promise<Learner> {
  const learner = await discordLearner(db);
  const updated = await setReminder(db, {
    learnerId: learner.id,
    time,
    timezone,
    now: setAt,
    channelId: 'fallback-channel',
    guildId: 'guild-1',
  });
  if (!updated) throw new Error('setReminder found no learner');
  return updated;
}
