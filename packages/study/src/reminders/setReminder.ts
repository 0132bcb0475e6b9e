import { disableReminder, setReminder as storeReminder } from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { StudyError } from '../errors/StudyError.js';
import { useCase } from '../errors/translateError.js';
import { loadLearner } from '../learners/loadLearner.js';
import { type LearnerRef, type LearnerView, learnerView } from '../learners/views.js';
import { parseTimeOfDay, parseTimezone } from '../parse/parseDates.js';

export interface ReminderInput {
  /** Local time `HH:MM` (24-hour). */
  readonly time: string;
  /** IANA timezone; default the learner's, which must then be known. Stored as theirs. */
  readonly timezone?: string;
  /** Where to post when a DM cannot be delivered; null clears it. */
  readonly channelId?: string | null;
  readonly guildId?: string | null;
}

export interface ReminderView {
  readonly enabled: boolean;
  readonly time: string | null;
  readonly timezone: string | null;
  readonly channelId: string | null;
  /** The next reminder, an instant. */
  readonly nextAt: Date | null;
  readonly learner: LearnerView;
}

function reminderView(learner: LearnerView): ReminderView {
  return {
    enabled: learner.reminder.enabled,
    time: learner.reminder.time,
    timezone: learner.timezone,
    channelId: learner.reminder.channelId,
    nextAt: learner.reminder.nextAt,
    learner,
  };
}

/** Turns the daily reminder on (or moves it) at a local time in the learner's timezone. */
export const setReminder = useCase(
  async (deps: StudyDeps, learnerRef: LearnerRef, input: ReminderInput): Promise<ReminderView> => {
    const time = parseTimeOfDay(input.time);
    const learner = await loadLearner(deps.db, learnerRef);
    const zone = input.timezone ?? learner.timezone;
    if (zone === null) {
      throw new StudyError(
        'invalid-timezone',
        'Timezone: say which timezone the reminder time is in, e.g. Europe/Berlin.',
        {
          field: 'timezone',
        },
      );
    }
    const timezone = parseTimezone(zone);
    const row = await storeReminder(deps.db, {
      learnerId: learner.id,
      time,
      timezone,
      now: deps.clock(),
      ...(input.channelId === undefined ? {} : { channelId: input.channelId }),
      ...(input.guildId === undefined ? {} : { guildId: input.guildId }),
    });
    return reminderView(learnerView(row ?? learner));
  },
);

/** Turns the daily reminder off; the time and channel are kept for next time. */
export const clearReminder = useCase(
  async (deps: StudyDeps, learnerRef: LearnerRef): Promise<ReminderView> => {
    const learner = await loadLearner(deps.db, learnerRef);
    const row = await disableReminder(deps.db, learner.id);
    return reminderView(learnerView(row ?? learner));
  },
);
