import { type ExamView, getExam, getGuildSettings, resolveLearnerExam } from '@certpace/study';
import { existingLearnerOf, studyDeps } from '../commands/learnerContext.js';
import type { AutocompleteContext, Choice } from '../framework/types.js';

/** The domains of an exam that match what was typed: `Implement NLP solutions (30–35%)` -> `nlp`. */
export function domainChoices(exam: ExamView, query: string): Choice[] {
  const q = query.trim().toLowerCase();
  return exam.domains
    .filter((d) => q === '' || d.name.toLowerCase().includes(q) || d.id.includes(q))
    .map((d) => ({ name: `${d.name} (${d.weight[0]}–${d.weight[1]}%)`, value: d.id }));
}

/**
 * The exam whose domains to suggest while /quiz start or /practice is being
 * typed: the one typed in `exam`, else the server's default (group quizzes)
 * or, for practice, the exam study's `resolveLearnerExam` picks (the active
 * plan's, else the newest not retired). Nothing is stored about someone who
 * only types.
 */
export async function suggestedExam(
  ctx: AutocompleteContext,
  scope: 'group' | 'solo',
): Promise<ExamView> {
  const deps = studyDeps(ctx.deps);
  const typed = ctx.options.exam;
  if (typeof typed === 'string' && typed.trim() !== '') {
    try {
      return getExam(deps, { exam: typed });
    } catch {
      // Still typing the exam: suggest from the default below.
    }
  }
  if (scope === 'group' && ctx.interaction.guildId) {
    const { defaultExamRef } = await getGuildSettings(deps, { guildId: ctx.interaction.guildId });
    return getExam(deps, defaultExamRef ? { exam: defaultExamRef } : {});
  }
  const learner = await existingLearnerOf(ctx.deps, ctx.user);
  return learner ? resolveLearnerExam(deps, learner) : getExam(deps);
}
