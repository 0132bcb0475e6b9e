import {
  answerQuestion,
  ensureLearner,
  finishQuiz,
  type LearnerView,
  type StudyDeps,
  startQuiz,
} from '@certpace/study';
import { runPool } from '../harness/pool.js';
import { seededRandom } from '../harness/random.js';
import { since } from '../harness/stats.js';

export interface MockSitting {
  readonly learner: LearnerView;
  readonly quizId: string;
  readonly questionIds: readonly string[];
}

/** Learners, each with a mock exam of `questions` questions running: what the timed phase answers. */
export async function startSittings(
  deps: StudyDeps,
  learners: number,
  questions: number,
  onStarted: (started: number) => void = () => {},
): Promise<MockSitting[]> {
  return runPool(
    Array.from({ length: learners }, (_, i) => i),
    4,
    async (i) => {
      const learner = await ensureLearner(deps, {
        discordUserId: `ingest-${i}`,
        displayName: `Ingest ${i}`,
      });
      const started = await startQuiz(deps, learner, {
        mode: 'mock',
        exam: 'AI-103',
        count: questions,
      });
      const questionIds = (started.quiz.sheet ?? []).map((entry) => entry.questionId);
      if (questionIds.length !== questions) {
        throw new Error(`mock exam has ${questionIds.length} questions, not ${questions}`);
      }
      if ((i + 1) % 50 === 0) onStarted(i + 1);
      return { learner, quizId: started.quiz.quizId, questionIds };
    },
  );
}

export interface StudyIngestResult {
  /** Wall time of answering every question, ms. */
  readonly answerMs: number;
  /** Wall time of finishing every mock (which stores the answer rows), ms. */
  readonly finishMs: number;
  /** Each answerQuestion call's latency, ms. */
  readonly latenciesMs: readonly number[];
  readonly refused: number;
}

/**
 * The timed part: `concurrency` learners at a time answer their mock's
 * questions one click after another through `answerQuestion`, then every
 * mock is finished through `finishQuiz`, which writes the quiz_answers rows.
 */
export async function answerThroughStudy(
  deps: StudyDeps,
  sittings: readonly MockSitting[],
  concurrency: number,
): Promise<StudyIngestResult> {
  const random = seededRandom(4);
  const latenciesMs: number[] = [];
  let refused = 0;
  const answering = performance.now();
  await runPool(sittings, concurrency, async (sitting) => {
    for (const questionId of sitting.questionIds) {
      // Every question has at least two choices, and one choice suits both types.
      const choice = random() < 0.5 ? 'a' : 'b';
      const start = performance.now();
      const outcome = await answerQuestion(deps, sitting.learner, {
        quizId: sitting.quizId,
        questionId,
        choices: choice,
      });
      latenciesMs.push(since(start));
      if (!outcome.accepted) refused += 1;
    }
  });
  const answerMs = since(answering);
  const finishing = performance.now();
  await runPool(sittings, concurrency, (sitting) =>
    finishQuiz(deps, sitting.learner, { quizId: sitting.quizId }),
  );
  return { answerMs, finishMs: since(finishing), latenciesMs, refused };
}
