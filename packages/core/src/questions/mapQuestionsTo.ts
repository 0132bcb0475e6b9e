import type { Blueprint } from '../blueprint/types.js';
import { blueprintRef } from '../blueprint/types.js';
import type { Question, QuestionBank } from './types.js';

/**
 * The questions that serve the outline `target`: its own questions as they
 * are, and questions written for other outlines that declare a mapping onto
 * it, re-homed in the mapped domain (with `origin` recording where they came
 * from). Questions that do not apply to `target` are left out.
 */
export function mapQuestionsTo(
  source: QuestionBank | readonly QuestionBank[] | readonly Question[],
  target: Blueprint,
): Question[] {
  const ref = blueprintRef(target);
  const domains = new Set(target.domains.map((d) => d.id));
  const questions = flatten(source);
  const mapped: Question[] = [];
  for (const q of questions) {
    if (q.exam === ref) {
      if (domains.has(q.domain)) mapped.push(q);
      continue;
    }
    const domain = q.map[ref];
    if (domain === undefined || !domains.has(domain)) continue;
    mapped.push({
      ...q,
      exam: ref,
      domain,
      origin: q.origin ?? { exam: q.exam, domain: q.domain },
    });
  }
  return mapped;
}

function flatten(source: QuestionBank | readonly QuestionBank[] | readonly Question[]): Question[] {
  if (!Array.isArray(source)) return [...(source as QuestionBank).questions];
  return (source as readonly (QuestionBank | Question)[]).flatMap((item) =>
    'questions' in item ? item.questions : [item],
  );
}
