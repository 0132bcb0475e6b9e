// A reminder claimer in a thread of its own, as a second bot process would be: its own
// connection pool and event loop. Started by claimersRace.ts; waits for "go", then claims
// until nothing is left for it, and reports every claim it got.
import { parentPort, workerData } from 'node:worker_threads';
import { claimDueReminders, createDatabase } from '@certpace/db';

export interface ClaimWorkerInput {
  readonly url: string;
  /** ISO instant the tick runs at. */
  readonly now: string;
  readonly limit: number;
}

export interface ClaimedRow {
  readonly deliveryId: string;
  readonly learnerId: string;
  readonly localDate: string;
}

export type ClaimWorkerMessage =
  | { readonly kind: 'ready' }
  | {
      readonly kind: 'done';
      readonly claims: readonly ClaimedRow[];
      readonly batches: number;
      readonly elapsedMs: number;
    }
  | { readonly kind: 'failed'; readonly error: string };

const input = workerData as ClaimWorkerInput;
const port = parentPort;
if (!port) throw new Error('claimWorker runs as a worker thread');

const database = await createDatabase({ url: input.url, migrate: false, maxConnections: 2 });
port.once('message', async () => {
  const claims: ClaimedRow[] = [];
  let batches = 0;
  const start = performance.now();
  try {
    for (;;) {
      const got = await claimDueReminders(database, {
        now: new Date(input.now),
        limit: input.limit,
      });
      if (got.length === 0) break;
      batches += 1;
      for (const c of got) {
        claims.push({ deliveryId: c.deliveryId, learnerId: c.learnerId, localDate: c.localDate });
      }
    }
    const message: ClaimWorkerMessage = {
      kind: 'done',
      claims,
      batches,
      elapsedMs: performance.now() - start,
    };
    port.postMessage(message);
  } catch (error) {
    port.postMessage({ kind: 'failed', error: String(error) } satisfies ClaimWorkerMessage);
  } finally {
    await database.close();
  }
});
port.postMessage({ kind: 'ready' } satisfies ClaimWorkerMessage);
