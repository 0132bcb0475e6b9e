import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { ClaimedRow, ClaimWorkerInput, ClaimWorkerMessage } from './claimWorker.js';

export interface ClaimerResult {
  readonly claims: readonly ClaimedRow[];
  readonly batches: number;
  readonly elapsedMs: number;
}

export interface RaceResult {
  readonly claimers: readonly ClaimerResult[];
  /** From "go" to the last claimer finding nothing left, ms. */
  readonly elapsedMs: number;
}

function nextMessage(worker: Worker): Promise<ClaimWorkerMessage> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    worker.once('error', onError);
    worker.once('message', (message: ClaimWorkerMessage) => {
      worker.off('error', onError);
      resolve(message);
    });
  });
}

/**
 * Starts `count` claimers (each a thread with its own connection pool), lets
 * them all connect, then starts them at the same instant and waits until
 * each has found nothing more to claim.
 */
export async function raceClaimers(count: number, input: ClaimWorkerInput): Promise<RaceResult> {
  const url = new URL('./claimWorker.js', import.meta.url);
  const workers = Array.from({ length: count }, () => new Worker(url, { workerData: input }));
  // Each claimer closes its pool and exits by itself once it has reported.
  const exits = workers.map((worker) => once(worker, 'exit').catch(() => undefined));
  try {
    const ready = await Promise.all(workers.map(nextMessage));
    const notReady = ready.find((m) => m.kind === 'failed');
    if (notReady?.kind === 'failed')
      throw new Error(`a claimer failed to start: ${notReady.error}`);
    const finished = workers.map(nextMessage);
    const start = performance.now();
    for (const worker of workers) worker.postMessage('go');
    const results = await Promise.all(finished);
    const elapsedMs = performance.now() - start;
    const claimers = results.map((message) => {
      if (message.kind !== 'done') {
        throw new Error(
          `a claimer failed: ${message.kind === 'failed' ? message.error : 'no result'}`,
        );
      }
      return { claims: message.claims, batches: message.batches, elapsedMs: message.elapsedMs };
    });
    return { claimers, elapsedMs };
  } finally {
    const stopper = setTimeout(() => {
      for (const worker of workers) void worker.terminate();
    }, 10_000);
    await Promise.all(exits);
    clearTimeout(stopper);
  }
}
