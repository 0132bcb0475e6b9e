// Renders what a learner would read, using nothing but the engine's own
// answers (results, refusal messages, answer sheets, pacing) and the bank's
// question text. The transcript tests assert these texts.
import type { Question } from '../../questions/types.js';
import type { PacingReport } from '../pacing.js';
import type { QuizResults } from '../results.js';
import type { Refusal } from '../types.js';

export function clock(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return ms < 0 ? `-${text}` : text;
}

export function showQuestion(q: Question, index: number, total: number): string[] {
  const kind = q.type === 'multiple' ? ' (select all that apply)' : '';
  return [
    `Q${index + 1}/${total} [${q.domain}] ${q.prompt}${kind}`,
    ...q.choices.map((c) => `  ${c.id.toUpperCase()}) ${c.text}`),
  ];
}

export function letters(choices: readonly string[]): string {
  return choices.map((c) => c.toUpperCase()).join('+');
}

export function refusal(who: string, r: Refusal): string {
  return `  ${who}: refused (${r.reason}) ${r.message}`;
}

export function tallyLine(r: QuizResults['participants'][number]): string {
  const domains = Object.entries(r.perDomain)
    .map(([d, t]) => `${d} ${t.correct}/${t.attempted}`)
    .join(', ');
  return `${r.correct}/${r.questions} correct (${domains})`;
}

export function pacingLines(p: PacingReport): string[] {
  const step = (ahead: number) =>
    ahead >= 0 ? `${clock(ahead)} ahead` : `${clock(-ahead)} behind`;
  return [
    `Pacing: ${clock(p.budgetMs)} per question`,
    ...p.steps.map(
      (s) => `  after ${s.answered} answered at ${clock(s.elapsedMs)}: ${step(s.aheadMs)}`,
    ),
    `  overall: ${p.answered}/${p.questionCount} answered in ${clock(p.elapsedMs)}, ${step(p.aheadMs)} (${p.status})`,
  ];
}
