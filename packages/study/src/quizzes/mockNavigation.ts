import { flag, goTo, type RefusalReason } from '@certpace/core';
import type { StudyDeps } from '../deps.js';
import { StudyError } from '../errors/StudyError.js';
import { useCase } from '../errors/translateError.js';
import type { LearnerRef } from '../learners/views.js';
import type { FinishResult } from './finishViews.js';
import { type QuizView, quizView } from './quizView.js';
import { settleQuiz } from './settleQuiz.js';
import { updateQuiz } from './updateQuiz.js';

/** What a mock action did; a refusal (time up, someone else's exam) is a value like in answering. */
export type MockOutcome =
  | { readonly ok: true; readonly quiz: QuizView }
  | {
      readonly ok: false;
      readonly reason: RefusalReason;
      readonly message: string;
      readonly quiz: QuizView;
      /** The time ran out and the exam was submitted: its results. */
      readonly finished: FinishResult | null;
    };

async function outcome(
  deps: StudyDeps,
  update: Awaited<
    ReturnType<typeof updateQuiz<{ ok: boolean; reason?: RefusalReason; message?: string }>>
  >,
): Promise<MockOutcome> {
  const { loaded, result } = update;
  const now = deps.clock();
  if (result.ok) return { ok: true, quiz: quizView(loaded, now) };
  const finished = loaded.state.status === 'finished' ? await settleQuiz(deps, loaded) : null;
  return {
    ok: false,
    reason: result.reason ?? 'wrong-mode',
    message: result.message ?? '',
    quiz: quizView(loaded, now),
    finished,
  };
}

function mockOnly(mode: string): void {
  if (mode !== 'mock') {
    throw new StudyError('invalid-input', 'Only a mock exam has flags and free navigation.', {
      field: 'quizId',
    });
  }
}

/** Mock: flags a question to come back to (or clears the flag with `flagged: false`). */
export const flagQuestion = useCase(
  async (
    deps: StudyDeps,
    learner: LearnerRef,
    input: { quizId: string; questionId?: string; flagged?: boolean },
  ): Promise<MockOutcome> => {
    const update = await updateQuiz(deps, input.quizId, (current, now) => {
      const { state } = current;
      mockOnly(state.mode);
      const position = state.mode === 'mock' ? state.position : 0;
      const questionId = input.questionId ?? state.questions[position]?.id ?? '';
      return flag(
        state,
        {
          participant: learner.id,
          questionId,
          ...(input.flagged === undefined ? {} : { flagged: input.flagged }),
        },
        now,
      );
    });
    return outcome(deps, update);
  },
);

/** Where to go in a mock: a 0-based index, a question id, or a step. */
export type MockDestination =
  | number
  | string
  | 'next'
  | 'previous'
  | 'next-flagged'
  | 'next-unanswered';

/** Mock: shows another question (next, previous, the next flagged or unanswered one, or any by index or id). */
export const goToQuestion = useCase(
  async (
    deps: StudyDeps,
    learner: LearnerRef,
    input: { quizId: string; to: MockDestination },
  ): Promise<MockOutcome> => {
    const update = await updateQuiz(deps, input.quizId, (current, now) => {
      const { state } = current;
      mockOnly(state.mode);
      if (state.mode !== 'mock') return { state, result: { ok: false } };
      const total = state.questions.length;
      const after = (accept: (i: number) => boolean) => {
        for (let step = 1; step <= total; step++) {
          const i = (state.position + step) % total;
          if (accept(i)) return i;
        }
        return state.position;
      };
      const target =
        input.to === 'next'
          ? Math.min(total - 1, state.position + 1)
          : input.to === 'previous'
            ? Math.max(0, state.position - 1)
            : input.to === 'next-flagged'
              ? after((i) => state.flags.includes(i))
              : input.to === 'next-unanswered'
                ? after((i) => !state.answers.some((a) => a.question === i))
                : input.to;
      return goTo(state, { participant: learner.id, question: target }, now);
    });
    return outcome(deps, update);
  },
);
