import type { FinishResult, PlanChange } from '@certpace/study';
import { personLabel } from './quizRevealView.js';

/** How many domains a one-line replan note names. */
const NAMED_DOMAINS = 3;

/** A domain name short enough for a one-line note: "Implement X solutions" -> "X". */
export function shortDomainName(name: string): string {
  const short = name.replace(/^implement\s+(.+)\s+solutions$/i, '$1');
  return short.charAt(0).toUpperCase() + short.slice(1);
}

function minutesDelta(minutes: number): string {
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  const text = abs >= 60 && abs % 60 === 0 ? `${abs / 60} h` : `${abs} min`;
  return `${sign}${text}`;
}

/**
 * "Your AI-103 plan was adjusted: +30 min Text analysis, −15 min Computer
 * vision." Undefined when the replan moved no minutes (nothing to announce).
 */
export function replanNote(change: PlanChange): string | undefined {
  const moved = change.domains
    .map((d) => ({ name: d.name, delta: d.minutesAfter - d.minutesBefore }))
    .filter((d) => d.delta !== 0)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
  if (moved.length === 0) return undefined;
  const named = moved
    .slice(0, NAMED_DOMAINS)
    .map((d) => `${minutesDelta(d.delta)} ${shortDomainName(d.name)}`);
  const more = moved.length > NAMED_DOMAINS ? ` (and ${moved.length - NAMED_DOMAINS} more)` : '';
  const exam = change.examRef.split('@')[0] ?? change.examRef;
  return `Your ${exam} plan was adjusted: ${named.join(', ')}${more}.`;
}

/** A solo quiz's plan note: what moved, or the replan's own summary when nothing did. */
export function soloReplanNote(result: FinishResult): string | undefined {
  const change = result.learners[0]?.planChange;
  if (!change) return undefined;
  return replanNote(change) ?? change.summary[0];
}

/** One line per group participant whose plan moved: `@ana · Your AI-103 plan was adjusted: …`. */
export function groupReplanLines(result: FinishResult): string[] {
  const lines: string[] = [];
  for (const outcome of result.learners) {
    const note = outcome.planChange ? replanNote(outcome.planChange) : undefined;
    const person = result.participants.find((p) => p.learnerId === outcome.learnerId);
    if (note && person) lines.push(`${personLabel(person)} · ${note}`);
  }
  return lines;
}
