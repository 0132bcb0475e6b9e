// A worker thread of the evaluation pool: simulates the learner ranges it is sent.
import { parentPort } from 'node:worker_threads';
import type { SimulationConfig } from '../simulate/config.js';
import { type LearnerRange, runLearners } from '../simulate/runEvaluation.js';

export interface WorkerTask {
  readonly id: number;
  readonly config: SimulationConfig;
  readonly range: LearnerRange;
}

parentPort?.on('message', (task: WorkerTask) => {
  parentPort?.postMessage({ id: task.id, outcomes: runLearners(task.config, task.range) });
});
