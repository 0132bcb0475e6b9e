import { isSessionEnded, mapDatabaseErrors } from './mapError.js';
import { drizzleOf, type Executor, type Tx } from './types.js';

/**
 * Runs `work` in one transaction: everything it writes commits together or
 * not at all. Inside another transaction it becomes a savepoint. Failures come
 * out typed (`DatabaseUnavailableError`, `DatabaseConstraintError`, ...).
 */
export function withTransaction<T>(executor: Executor, work: (tx: Tx) => Promise<T>): Promise<T> {
  return mapDatabaseErrors(() =>
    drizzleOf(executor).transaction(async (tx) => {
      try {
        return await work(tx);
      } catch (error) {
        if (isSessionEnded(error)) return parkedForever();
        throw error;
      }
    }),
  );
}

/**
 * postgres.js 3.4 answers a failed transaction callback by writing ROLLBACK
 * on the same connection. When the connection has just died, that write runs
 * on a socket it has already dropped and throws from a timer, which no caller
 * can catch: the process crashes (porsager/postgres#1154, #1208). The server
 * rolls back a dead session's transaction by itself, so the callback is left
 * unsettled instead: postgres.js then rejects the transaction through its own
 * connection-closed path, which is a normal, catchable error.
 */
function parkedForever(): Promise<never> {
  return new Promise<never>(() => {});
}
