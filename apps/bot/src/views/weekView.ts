import type { WeekView } from '@certpace/study';
import type { APIEmbed } from 'discord.js';
import { fitEmbed } from '../messages/embeds.js';
import { COLORS, dayLabel, examCode, minutesText, taskLine } from './format.js';
import { fieldText } from './planViews.js';

// Seven fields share the 6,000 characters of a message's embeds with the title and the rest.
const DAY_FIELD_MAX = 760;

function whichWeek(week: number): string {
  if (week === 0) return 'this week';
  if (week === 1) return 'next week';
  if (week === -1) return 'last week';
  return week > 0 ? `in ${week} weeks` : `${-week} weeks ago`;
}

/** One week of the learner's plans, Monday to Sunday: a field per day. */
export function weekEmbed(week: WeekView): APIEmbed {
  const withExam = week.exams.length > 1;
  return fitEmbed({
    title: `Week of ${dayLabel(week.from)} – ${dayLabel(week.to, { year: true })} (${whichWeek(week.week)})`,
    description:
      week.totalMinutes > 0
        ? `${minutesText(week.doneMinutes)} of ${minutesText(week.totalMinutes)} done this week.`
        : 'Nothing planned this week.',
    color: COLORS.plan,
    fields: week.days.map((day) => ({
      name: `${dayLabel(day.date)}${day.isToday ? ' (today)' : ''}${day.minutes > 0 ? ` · ${minutesText(day.minutes)}` : ''}`,
      value:
        day.tasks.length > 0
          ? fieldText(
              day.tasks.map((t) => taskLine(t, { withExam })),
              DAY_FIELD_MAX,
            )
          : 'Rest day',
    })),
    footer: `${week.exams.map(examCode).join(', ')} · days in ${week.timezone}`,
  });
}
