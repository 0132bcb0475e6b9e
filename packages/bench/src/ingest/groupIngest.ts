import {
  advanceQuiz,
  answerQuestion,
  type LearnerView,
  type StudyDeps,
  startQuiz,
} from '@certpace/study';
import { runPool } from '../harness/pool.js';
import { seededRandom } from '../harness/random.js';
import { since } from '../harness/stats.js';

export interface GroupIngestShape {
  /** Channels, each running one group quiz at the same time. */
  readonly channels: number;
  readonly questionsPerQuiz: number;
  /** Members answering in each channel. */
  readonly membersPerChannel: number;
  /** Answers in flight at once, across every channel. */
  readonly concurrency: number;
}

export interface GroupIngestResult {
  readonly answers: number;
  /** Wall time of the answering alone (every round's clicks), ms. */
  readonly answerMs: number;
  /** Wall time of the reveals between rounds and of settling each quiz at its end, ms. */
  readonly revealMs: number;
  readonly latenciesMs: readonly number[];
  readonly refused: number;
}

interface Channel {
  readonly quizId: string;
  readonly members: readonly LearnerView[];
}

/** A seeded Fisher-Yates shuffle: clicks of every channel interleaved, as a busy server gets them. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Group quizzes in `channels` channels at once: each round, every member of
 * every channel answers the open question (the clicks of all channels shuffled
 * together, `concurrency` in flight) through `answerQuestion`; then each quiz
 * is moved on with `advanceQuiz` (the last move settles it). Only the clicks
 * are timed as the answer rate; the reveals are timed apart.
 */
export async function answerGroupQuizzes(
  deps: StudyDeps,
  learners: readonly LearnerView[],
  shape: GroupIngestShape,
): Promise<GroupIngestResult> {
  const random = seededRandom(5);
  const channels: Channel[] = [];
  for (let c = 0; c < shape.channels; c++) {
    const members = Array.from(
      { length: shape.membersPerChannel },
      (_, m) => learners[(c * shape.membersPerChannel + m) % learners.length]!,
    );
    const { quiz } = await startQuiz(deps, members[0]!, {
      mode: 'group',
      guildId: 'ingest-guild',
      channelId: `ingest-channel-${c}`,
      exam: 'AI-103',
      count: shape.questionsPerQuiz,
      secondsPerQuestion: 600,
    });
    if (quiz.total !== shape.questionsPerQuiz) {
      throw new Error(`group quiz has ${quiz.total} questions, not ${shape.questionsPerQuiz}`);
    }
    channels.push({ quizId: quiz.quizId, members });
  }

  const latenciesMs: number[] = [];
  let refused = 0;
  let answerMs = 0;
  let revealMs = 0;
  for (let round = 0; round < shape.questionsPerQuiz; round++) {
    const clicks = shuffled(
      channels.flatMap((channel) => channel.members.map((member) => ({ channel, member }))),
      random,
    );
    const answering = performance.now();
    await runPool(clicks, shape.concurrency, async ({ channel, member }) => {
      // Every question has at least two choices, and one choice suits both types.
      const choice = random() < 0.5 ? 'a' : 'b';
      const start = performance.now();
      const outcome = await answerQuestion(deps, member, {
        quizId: channel.quizId,
        choices: choice,
      });
      latenciesMs.push(since(start));
      if (!outcome.accepted) refused += 1;
    });
    answerMs += since(answering);
    const revealing = performance.now();
    await runPool(channels, shape.concurrency, async (channel) => {
      const moved = await advanceQuiz(deps, null, {
        quizId: channel.quizId,
        index: round,
        early: true,
      });
      if (!moved.advanced)
        throw new Error(`quiz ${channel.quizId} did not move on: ${moved.reason}`);
    });
    revealMs += since(revealing);
  }
  return {
    answers: channels.length * shape.membersPerChannel * shape.questionsPerQuiz,
    answerMs,
    revealMs,
    latenciesMs,
    refused,
  };
}
