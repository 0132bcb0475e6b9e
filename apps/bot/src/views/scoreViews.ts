import type { ProgressView, RecordedScoreReport } from '@certpace/study';
import type { APIEmbed } from 'discord.js';
import { fitEmbed } from '../messages/embeds.js';
import { COLORS, examCode, percent } from './format.js';
import { planChangeLines } from './planChangeView.js';
import { fieldText } from './planViews.js';

/** Readiness as a line, always called an estimate (Microsoft's scaling is not linear). */
export function readinessText(readiness: ProgressView['readiness']): string {
  const { expectedScore, low, high, passProbability, passingScore, maxScore } = readiness;
  return [
    `Expected score about **${Math.round(expectedScore)}**/${maxScore} (80% interval ${Math.round(low)}–${Math.round(high)}), pass mark ${passingScore}.`,
    `Chance to pass: **${percent(passProbability)}**.`,
    '*An estimate: Microsoft’s scaling is not linear.*',
  ].join('\n');
}

/** A saved score report: the figures, mastery after it, readiness, and what the re-plan changed. */
export function scoreReportEmbed(report: RecordedScoreReport, progress: ProgressView): APIEmbed {
  const verdict = report.passed ? 'passed ✅' : `below the pass mark of ${report.passingScore}`;
  const masteryLines = report.mastery.map((m) => {
    const given = report.domains.find((d) => d.domainId === m.domainId);
    const figure = given ? `${given.percent}% on the report · ` : '';
    return `${m.name}: ${figure}mastery ${percent(m.before)} → **${percent(m.after)}**`;
  });
  const planLines = report.planChange
    ? planChangeLines(report.planChange)
    : [`No active ${examCode(report.examRef)} plan to adjust.`];
  return fitEmbed({
    title: `Score report saved · ${report.examRef} · ${report.total}/${report.maxScore} · ${verdict}`,
    description: `Taken on ${report.takenOn}.`,
    color: report.passed ? COLORS.good : COLORS.plan,
    fields: [
      { name: 'By domain', value: fieldText(masteryLines) },
      { name: 'Readiness now (an estimate)', value: readinessText(progress.readiness) },
      {
        name: report.planChange ? 'Your plan was re-planned' : 'Your plan',
        value: fieldText(planLines),
      },
    ],
  });
}
