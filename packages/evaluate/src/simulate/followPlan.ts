import {
  type Blueprint,
  domainShares,
  estimateMastery,
  type MasteryAnswer,
  type MasterySeed,
  masteryMeans,
  type Plan,
  replan,
  type Task,
} from '@certpace/core';
import type { Learner } from '../learner/drawLearner.js';
import { accuracyAfter } from '../learner/learningCurve.js';
import type { Rng } from '../random/rng.js';
import { apportionBlocks } from '../strategies/apportion.js';
import { addDays, daysBetween, momentOf } from './dates.js';

export interface FollowPlanArgs {
  readonly blueprint: Blueprint;
  readonly learner: Learner;
  readonly plan: Plan;
  /** Replan the morning after every day that held a quiz or a mock exam. */
  readonly replanAfterQuiz: boolean;
  /** What the learner told the planner at the start; it seeds every mastery estimate. */
  readonly seeds: readonly MasterySeed[];
  /** Answers given before the plan began (a diagnostic quiz); they count in every estimate. */
  readonly initialAnswers?: readonly MasteryAnswer[];
  /** Answers quizzes and mock questions. */
  readonly rng: Rng;
  readonly halfLifeDays?: number;
  /**
   * Questions per domain of a short check the learner takes at the end of
   * every seventh day, outside the plan (0 or absent: none). Its time counts as
   * practice in each domain, as a quiz's does.
   */
  readonly weeklyCheck?: number;
  /** Dates (before that day's study) at which to record what is known and what is true; the exam date means after all study. */
  readonly checkpoints?: readonly string[];
}

/** What was known and what was true at one checkpoint. */
export interface Snapshot {
  readonly date: string;
  /** The learner's true accuracy per domain at that moment. */
  readonly accuracy: Readonly<Record<string, number>>;
  /** How many of the trajectory's answers had been given by then. */
  readonly answers: number;
}

export interface Trajectory {
  /** Minutes studied per domain: its learn, lab, quiz and review tasks, and mock exam time in proportion to its questions. */
  readonly minutes: Readonly<Record<string, number>>;
  readonly answers: readonly MasteryAnswer[];
  readonly snapshots: readonly Snapshot[];
  readonly replans: number;
}

/**
 * A learner who does every task of the plan, day by day. Quiz questions are
 * answered from the true accuracy at the start of the quiz (time per question
 * as on the exam); a mock exam's questions are composed by share, and its
 * time counts as practice in each domain by its questions. With
 * `replanAfterQuiz`, the next morning the plan is replanned from a mastery
 * estimate of every answer so far, as the front ends do.
 */
export function followPlan(args: FollowPlanArgs): Trajectory {
  const { blueprint, learner, rng, seeds } = args;
  const ids = blueprint.domains.map((d) => d.id);
  const minutes: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
  const accuracy = () =>
    Object.fromEntries(ids.map((id) => [id, accuracyAfter(learner.curves[id]!, minutes[id]!)]));
  const answers: MasteryAnswer[] = [...(args.initialAnswers ?? [])];
  const snapshots: Snapshot[] = [];
  const checkpoints = new Set(args.checkpoints ?? []);
  const done: string[] = [];
  const secondsPerQuestion = (blueprint.durationMinutes * 60) / blueprint.questionCount;
  let plan = args.plan;
  let replans = 0;
  const { start, examDate } = plan.input;

  const answer = (domain: string, at: number) => {
    answers.push({
      domain,
      correct: rng.bernoulli(accuracyAfter(learner.curves[domain]!, minutes[domain]!)),
      at,
    });
  };
  const doTask = (task: Task, at: number): boolean => {
    if (task.kind === 'mock-exam') {
      const shares = domainShares(blueprint);
      const count = task.questions ?? blueprint.questionCount;
      const perDomain = apportionBlocks(
        ids.map((id) => shares[id]!),
        count,
      );
      ids.forEach((id, i) => {
        for (let q = 0; q < perDomain[i]!; q++) answer(id, at);
      });
      // A mock is practice too: its time counts for each domain by its questions.
      ids.forEach((id, i) => {
        minutes[id]! += (task.minutes * perDomain[i]!) / count;
      });
      return true;
    }
    const domain = task.domainId;
    if (domain === undefined || !Object.hasOwn(minutes, domain)) return false;
    if (task.kind === 'quiz') {
      const count = Math.max(1, Math.round((task.minutes * 60) / secondsPerQuestion));
      for (let q = 0; q < count; q++) answer(domain, at);
    }
    minutes[domain]! += task.minutes;
    return task.kind === 'quiz';
  };

  for (let date = start; date < examDate; date = addDays(date, 1)) {
    if (checkpoints.has(date))
      snapshots.push({ date, accuracy: accuracy(), answers: answers.length });
    const day = plan.days.find((d) => d.date === date);
    let practised = false;
    let clock = 18 * 60; // evening study; answers of a day share its timestamps in order
    for (const task of day?.tasks ?? []) {
      if (doTask(task, momentOf(date, clock))) practised = true;
      clock += task.minutes > 0 ? 1 : 0;
      done.push(task.id);
    }
    const tomorrow = addDays(date, 1);
    const weekly = args.weeklyCheck ?? 0;
    if (weekly > 0 && daysBetween(start, tomorrow) % 7 === 0 && tomorrow < examDate) {
      for (const domain of ids) {
        for (let q = 0; q < weekly; q++) answer(domain, momentOf(date, clock));
        minutes[domain]! += (weekly * secondsPerQuestion) / 60;
      }
      practised = true;
    }
    if (args.replanAfterQuiz && practised && tomorrow < examDate) {
      const estimate = estimateMastery(answers, {
        now: momentOf(tomorrow),
        seeds,
        domains: ids,
        ...(args.halfLifeDays === undefined ? {} : { halfLifeDays: args.halfLifeDays }),
      });
      plan = replan(plan, { today: tomorrow, done, mastery: masteryMeans(estimate) }).plan;
      replans++;
    }
  }
  if (checkpoints.has(examDate))
    snapshots.push({ date: examDate, accuracy: accuracy(), answers: answers.length });
  return { minutes, answers, snapshots, replans };
}
