import type postgres from 'postgres';
import { denseQuery } from './denseResults.js';

type Sql = postgres.Sql;
type Unsafe = Sql['unsafe'];
type UnsafeOptions = NonNullable<Parameters<Unsafe>[2]>;

/**
 * The postgres.js client drizzle is given, for its queries and those of its
 * transactions and savepoints:
 *
 * - A statement with parameters is sent as a prepared statement, which the
 *   connection keeps and runs again by its text. drizzle sends every query
 *   unprepared unless it is given a name, and the server then parses and plans
 *   each one again: a group answer's insert ran at 0.45 of the rate of a
 *   prepared raw insert that way, and at 0.87 prepared (see BENCHMARKS.md).
 *   postgres.js prepares its own queries the same way by default. Statements
 *   without parameters (the migrations' DDL) keep the simple protocol.
 * - Results come back without leading holes (see denseResults.ts).
 */
export function driverClient(client: Sql): Sql {
  return new Proxy(client, {
    get(target, key) {
      const value = Reflect.get(target, key, target);
      if (key === 'unsafe') {
        return ((query: string, args?: Parameters<Unsafe>[1], options?: UnsafeOptions) => {
          const prepared: UnsafeOptions | undefined =
            args && args.length > 0 ? { ...options, prepare: true } : options;
          return denseQuery((value as Unsafe).call(target, query, args, prepared));
        }) as Unsafe;
      }
      if (key === 'begin' || key === 'savepoint') {
        return (...args: unknown[]) => {
          const last = args.length - 1;
          const work = args[last];
          if (typeof work === 'function') {
            args[last] = (tx: Sql) => work(driverClient(tx));
          }
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return value;
    },
  });
}
