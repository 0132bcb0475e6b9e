import { type ExamView, getExam, getGuildSettings, listLearnerPlans } from '@certpace/study';
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
 * or the learner's plan (practice), else the newest. Nothing is stored
 * about someone who only types.
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
  let ref: string | null | undefined;
  if (scope === 'group' && ctx.interaction.guildId) {
    ref = (await getGuildSettings(deps, { guildId: ctx.interaction.guildId })).defaultExamRef;
  } else {
    const learner = await existingLearnerOf(ctx.deps, ctx.user);
    const plans = learner ? await listLearnerPlans(deps, learner) : [];
    ref = plans.find((p) => p.status === 'active')?.examRef;
  }
  return getExam(deps, ref ? { exam: ref } : {});
}
