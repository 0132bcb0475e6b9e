import { Worker } from 'node:worker_threads';
import type { ExperimentRun } from '../analysis/buildReport.js';
import type { Experiment } from '../simulate/experiments.js';
import { runLearners } from '../simulate/runEvaluation.js';
import type { LearnerOutcome } from '../simulate/simulateLearner.js';
import type { WorkerTask } from './worker.js';

export interface RunOptions {
  /** Worker threads; 1 runs in this thread (as the tests do). */
  readonly workers: number;
  /** Learners per task sent to a worker. */
  readonly chunk?: number;
}

/** Orders outcomes as a single-threaded run would: by exam, then learner index. */
function ordered(experiment: Experiment, outcomes: LearnerOutcome[]): LearnerOutcome[] {
  const rank = new Map(experiment.config.exams.map((e, i) => [e, i]));
  return outcomes.sort((a, b) => rank.get(a.exam)! - rank.get(b.exam)! || a.index - b.index);
}

/**
 * Runs every experiment, split into chunks of learners over worker threads.
 * Each learner's numbers depend only on the seed, the exam and its index, so
 * the result is the same for any number of workers.
 */
export async function runExperiments(
  list: readonly Experiment[],
  options: RunOptions,
): Promise<ExperimentRun[]> {
  if (options.workers <= 1) {
    return list.map((experiment) => ({ experiment, outcomes: runLearners(experiment.config) }));
  }
  const chunk = options.chunk ?? 100;
  const tasks: (WorkerTask & { experiment: number })[] = [];
  list.forEach((experiment, e) => {
    for (let from = 0; from < experiment.config.learners; from += chunk) {
      const to = Math.min(experiment.config.learners, from + chunk);
      tasks.push({
        id: tasks.length,
        experiment: e,
        config: experiment.config,
        range: { from, to },
      });
    }
  });
  const results = list.map(() => [] as LearnerOutcome[]);
  let next = 0;
  const workers = Array.from(
    { length: Math.min(options.workers, tasks.length) },
    () => new Worker(new URL('./worker.js', import.meta.url)),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              const task = tasks[next++];
              if (!task) return resolve();
              worker.postMessage({
                id: task.id,
                config: task.config,
                range: task.range,
              } satisfies WorkerTask);
            };
            worker.on('message', (message: { id: number; outcomes: LearnerOutcome[] }) => {
              results[tasks[message.id]!.experiment]!.push(...message.outcomes);
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`evaluation worker stopped with exit code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return list.map((experiment, e) => ({ experiment, outcomes: ordered(experiment, results[e]!) }));
}
