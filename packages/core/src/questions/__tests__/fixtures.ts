import type { Blueprint } from '../../blueprint/types.js';
import type { Question } from '../types.js';

/** A small outline of our own, so these tests do not hang on the shipped data. */
export const tinyExam: Blueprint = {
  code: 'TST-100',
  version: '2026-01',
  title: 'Test exam',
  durationMinutes: 60,
  questionCount: 20,
  passingScore: 700,
  maxScore: 1000,
  source: 'https://learn.microsoft.com/en-us/credentials/',
  domains: [
    { id: 'design', name: 'Design', weight: [40, 50] },
    { id: 'build', name: 'Build', weight: [30, 40] },
    { id: 'operate', name: 'Operate', weight: [15, 20] },
  ],
};

/** The next outline of the same exam, with renamed domains. */
export const tinyExamNext: Blueprint = {
  ...tinyExam,
  version: '2026-07',
  domains: [
    { id: 'architecture', name: 'Architecture', weight: [50, 60] },
    { id: 'operations', name: 'Operations', weight: [40, 50] },
  ],
};

export function makeQuestion(id: string, domain: string, extra: Partial<Question> = {}): Question {
  return {
    id,
    exam: 'TST-100@2026-01',
    domain,
    type: 'single',
    prompt: `Question ${id}: which choice is right?`,
    choices: [
      { id: 'a', text: 'First' },
      { id: 'b', text: 'Second' },
      { id: 'c', text: 'Third' },
      { id: 'd', text: 'Fourth' },
    ],
    answer: ['b'],
    explanation: 'The second choice is right because the test says so; the others are wrong.',
    docs: 'https://learn.microsoft.com/en-us/azure/',
    map: {},
    ...extra,
  };
}

/** `counts` questions per domain, ids like `design-003`. */
export function makePool(counts: Readonly<Record<string, number>>): Question[] {
  return Object.entries(counts).flatMap(([domain, n]) =>
    Array.from({ length: n }, (_, i) =>
      makeQuestion(`${domain}-${String(i + 1).padStart(3, '0')}`, domain),
    ),
  );
}
