import type postgres from 'postgres';

/**
 * postgres.js 3.4 counts the rows of a result on the connection and resets the
 * count only when a statement completes. A statement that fails after some of
 * its rows arrived (a backend killed mid-result, an error on a later row)
 * leaves the count behind, and the next result on that connection, after a
 * reconnect included, is stored from that offset: an array whose first
 * entries are holes (porsager/postgres#1119, #1181). `const [row] = rows`
 * then reads nothing, and a learner who exists is reported as gone.
 *
 * The rows themselves are right and in order, after the holes: the result is
 * moved down in place, keeping its count and command.
 */
export function closeLeadingHoles<T>(result: T): T {
  if (!Array.isArray(result) || result.length === 0 || Object.hasOwn(result, 0)) return result;
  let first = 1;
  while (first < result.length && !Object.hasOwn(result, first)) first++;
  const kept = result.length - first;
  result.copyWithin(0, first);
  result.length = kept;
  return result;
}

type Sql = postgres.Sql;
type Unsafe = Sql['unsafe'];

/** A query whose awaited result, rows or `values()`, comes without leading holes. */
function denseQuery<Q extends object>(query: Q): Q {
  const proxy: Q = new Proxy(query, {
    get(target, key) {
      const value = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      if (key === 'then') {
        return (onFulfilled?: (v: unknown) => unknown, onRejected?: (e: unknown) => unknown) =>
          value.call(target, (v: unknown) => closeLeadingHoles(v)).then(onFulfilled, onRejected);
      }
      // `values()` and the other modifiers return the query itself: keep handing out the proxy.
      return (...args: unknown[]) => {
        const out = value.apply(target, args);
        return out === target ? proxy : out;
      };
    },
  });
  return proxy;
}

/**
 * The client drizzle is given: its `unsafe` queries (every drizzle statement)
 * and those of its transactions and savepoints come back without leading holes.
 */
export function withDenseResults(client: Sql): Sql {
  const wrapped: Sql = new Proxy(client, {
    get(target, key) {
      const value = Reflect.get(target, key, target);
      if (key === 'unsafe') {
        return ((...args: Parameters<Unsafe>) =>
          denseQuery((value as Unsafe).apply(target, args))) as Unsafe;
      }
      if (key === 'begin' || key === 'savepoint') {
        return (...args: unknown[]) => {
          const last = args.length - 1;
          const work = args[last];
          if (typeof work === 'function') {
            args[last] = (tx: Sql) => work(withDenseResults(tx));
          }
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return value;
    },
  });
  return wrapped;
}
