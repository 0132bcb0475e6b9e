import { type Blueprint, blueprintRef, createQuiz, findBlueprint } from '@certpace/core';
import {
  findRunningQuizzesOfOwner,
  type GuildSettings,
  type JsonValue,
  createQuiz as storeQuiz,
} from '@certpace/db';
import { banksOf, newSeed, type StudyDeps } from '../deps.js';
import { StudyError } from '../errors/StudyError.js';
import { useCase } from '../errors/translateError.js';
import { learnerExam } from '../exams/learnerExam.js';
import { resolveDomain, resolveExam } from '../exams/resolveExam.js';
import { loadLearner, timezoneOf } from '../learners/loadLearner.js';
import type { LearnerRef } from '../learners/views.js';
import { parseWholeNumber } from '../parse/parseNumbers.js';
import { localToday } from '../time/localTime.js';
import { closeQuiz } from './closeQuiz.js';
import type { FinishResult } from './finishViews.js';
import { checkGroupChannel } from './groupChannel.js';
import { loadQuiz } from './loadQuiz.js';
import { type QuizView, quizView } from './quizView.js';
import { selectForQuiz } from './selectForQuiz.js';

interface CommonStart {
  /** Exam ref or bare code; default: the learner's active plan's exam (group: the guild's default), else the newest exam. */
  readonly exam?: string;
}

export type StartQuizInput =
  | (CommonStart & {
      readonly mode: 'practice';
      /** 1 to 50 (default 10). */
      readonly count?: number | string;
      /** Only this domain (id or name). */
      readonly domain?: string;
    })
  | (CommonStart & {
      readonly mode: 'mock';
      /** Default: the exam's question count; fewer makes one timed part of a split mock. */
      readonly count?: number | string;
    })
  | (CommonStart & {
      readonly mode: 'group';
      readonly guildId: string;
      readonly channelId: string;
      readonly messageId?: string;
      readonly count?: number | string;
      /** 5 to 600 (default: the guild's setting, else 30). */
      readonly secondsPerQuestion?: number | string;
      readonly domain?: string;
    });

export interface StartedQuiz {
  readonly quiz: QuizView;
  /** Fewer questions than asked when the bank ran short (0 otherwise). */
  readonly shortfall: number;
  /** Questions due for review and never seen among them. */
  readonly reviews: number;
  readonly unseen: number;
  /** A running solo quiz of the same mode, closed with its answers kept to make room for this one. */
  readonly closedPrevious: FinishResult | null;
}

async function defaultExam(
  deps: StudyDeps,
  learnerId: string,
  input: StartQuizInput,
  guild: GuildSettings | null,
  today: string,
): Promise<Blueprint> {
  if (input.mode === 'group' && (input.exam === undefined || input.exam.trim() === '')) {
    const ref = guild?.defaultExamRef;
    const guildExam = ref ? findBlueprint(ref) : undefined;
    if (guildExam) return guildExam;
    return resolveExam(undefined, today);
  }
  return learnerExam(deps.db, learnerId, input.exam, today);
}

/**
 * Starts a quiz: `practice` (solo, feedback after each answer), `mock` (solo,
 * timed like the real exam) or `group` (a channel, one question at a time
 * with a deadline; one running quiz per channel, and only in the guild's
 * quiz channel when it has set one).
 */
export const startQuiz = useCase(
  async (deps: StudyDeps, learnerRef: LearnerRef, input: StartQuizInput): Promise<StartedQuiz> => {
    const now = deps.clock();
    const learner = await loadLearner(deps.db, learnerRef);
    // Where a group quiz may run is checked first: nothing else matters in the wrong channel.
    const settings = input.mode === 'group' ? await checkGroupChannel(deps, input) : null;
    const today = localToday(timezoneOf(learner), now);
    const blueprint = await defaultExam(deps, learner.id, input, settings, today);
    const examRef = blueprintRef(blueprint);
    const count =
      input.count === undefined
        ? input.mode === 'mock'
          ? blueprint.questionCount
          : 10
        : parseWholeNumber(input.count, {
            field: 'count',
            label: 'Questions',
            min: 1,
            max: input.mode === 'mock' ? 100 : 50,
          });
    const domains =
      input.mode !== 'mock' && input.domain ? [resolveDomain(blueprint, input.domain)] : undefined;
    const seconds =
      input.mode !== 'group'
        ? undefined
        : input.secondsPerQuestion === undefined
          ? (settings?.secondsPerQuestion ?? undefined)
          : parseWholeNumber(input.secondsPerQuestion, {
              field: 'secondsPerQuestion',
              label: 'Seconds per question',
              min: 5,
              max: 600,
            });
    const bank = banksOf(deps).loadQuestionBank(examRef);
    const seed = newSeed(deps);
    const selection = await selectForQuiz(deps.db, {
      mode: input.mode,
      learnerId: learner.id,
      blueprint,
      examRef,
      bank,
      count,
      seed,
      now,
      ...(domains ? { domains } : {}),
    });
    if (selection.questions.length === 0) {
      throw new StudyError(
        'no-questions',
        `There are no questions for ${examRef}${domains ? ` in ${domains[0]}` : ''} yet.`,
        {
          field: domains ? 'domain' : 'exam',
        },
      );
    }
    let closedPrevious: FinishResult | null = null;
    if (input.mode !== 'group') {
      const [previous] = await findRunningQuizzesOfOwner(deps.db, {
        ownerId: learner.id,
        modes: [input.mode],
      });
      if (previous)
        closedPrevious = await closeQuiz(deps, await loadQuiz(deps, deps.db, previous.id));
    }
    const common = { blueprint, questions: selection.questions, now: now.getTime(), seed };
    const state =
      input.mode === 'group'
        ? createQuiz({
            ...common,
            mode: 'group',
            ...(seconds === undefined ? {} : { secondsPerQuestion: seconds }),
          })
        : createQuiz({ ...common, mode: input.mode, learner: learner.id });
    const row = await storeQuiz(deps.db, {
      mode: input.mode,
      examRef,
      guildId: input.mode === 'group' ? input.guildId : null,
      channelId: input.mode === 'group' ? input.channelId : null,
      messageId: input.mode === 'group' ? (input.messageId ?? null) : null,
      startedBy: learner.id,
      ownerId: input.mode === 'group' ? null : learner.id,
      state: state as unknown as JsonValue,
      seed,
      now,
    });
    const loaded = await loadQuiz(deps, deps.db, row.id);
    return {
      quiz: quizView(loaded, now),
      shortfall: selection.shortfall,
      reviews: selection.reviews,
      unseen: selection.unseen,
      closedPrevious,
    };
  },
);
