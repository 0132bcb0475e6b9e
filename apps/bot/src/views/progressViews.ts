import type { ProgressView } from '@certpace/study';
import type { APIEmbed } from 'discord.js';
import type { ProgressChartData } from '../charts/progressChart.js';
import { fitEmbed } from '../messages/embeds.js';
import { COLORS, minutesText, percent, plural } from './format.js';
import { fieldText } from './planViews.js';
import { readinessText } from './scoreViews.js';
import { streakLine } from './todayView.js';

export const PROGRESS_CHART_FILE = 'progress.png';

function domainLine(domain: ProgressView['domains'][number]): string {
  const { mastery, accuracy } = domain;
  const interval = `80%: ${percent(mastery.low)}–${percent(mastery.high)}`;
  const answers =
    accuracy.answered > 0
      ? `${accuracy.correct}/${accuracy.answered} right in quizzes (${percent(accuracy.rate ?? 0)})`
      : 'no quiz answers yet';
  return `Mastery **${percent(mastery.mean)}** (${interval}) · ${answers}`;
}

function historyLines(progress: ProgressView): string[] {
  const recent = progress.history.slice(-5).reverse();
  if (recent.length === 0) return ['No quizzes yet: try /practice or a group /quiz.'];
  return recent.map((quiz) => {
    const day = quiz.startedAt.toISOString().slice(0, 10);
    const points = quiz.mode === 'group' ? ` · ${quiz.points} pts` : '';
    return `${day} · ${quiz.mode} · ${quiz.correct}/${quiz.answered} (${percent(quiz.accuracy)})${points}`;
  });
}

/** /progress: readiness, streak, plan, mastery per domain against the weights, recent quizzes. */
export function progressEmbed(
  progress: ProgressView,
  options: { readonly chart: boolean },
): APIEmbed {
  const plan = progress.plan;
  const planLine = plan
    ? `Plan: ${plan.done}/${plan.tasks} tasks done (${minutesText(plan.doneMinutes)} of ${minutesText(plan.totalMinutes)}) · exam in ${plural(plan.daysLeft, 'day')}`
    : `No active plan for this exam: make one with /plan create.`;
  const reports = progress.scoreReports
    .slice(-3)
    .map((r) => `${r.takenOn} · ${r.total}/${r.maxScore}`);
  return fitEmbed({
    title: `Progress · ${progress.learner.displayName} · ${progress.exam.ref}`,
    description: [
      readinessText(progress.readiness),
      '',
      streakLine(progress.streak),
      planLine,
    ].join('\n'),
    color: progress.readiness.passProbability >= 0.5 ? COLORS.good : COLORS.plan,
    fields: [
      ...progress.domains.map((d) => ({
        name: `${d.name} (${d.weight[0]}–${d.weight[1]}% of the exam)`,
        value: domainLine(d),
      })),
      { name: 'Recent quizzes', value: fieldText(historyLines(progress)) },
      ...(reports.length > 0 ? [{ name: 'Score reports', value: fieldText(reports) }] : []),
    ],
    ...(options.chart ? { image: `attachment://${PROGRESS_CHART_FILE}` } : {}),
  });
}

/** The chart's data: mastery and its interval per domain beside the weights, and readiness. */
export function progressChartData(progress: ProgressView): ProgressChartData {
  return {
    title: `${progress.learner.displayName} · ${progress.exam.ref}`,
    subtitle: `${progress.exam.title} · as of ${progress.today} · estimates`,
    domains: progress.domains.map((d) => ({
      name: d.name,
      weight: d.weight,
      mastery: d.mastery.mean,
      low: d.mastery.low,
      high: d.mastery.high,
    })),
    readiness: progress.readiness,
  };
}
