import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

/**
 * `column = 'value'` with the value written into the SQL rather than bound.
 * Postgres can only use a partial index (`... WHERE status = 'running'`) when
 * it can prove the query implies the index's predicate, which a bound
 * parameter hides from a generic (reused) plan. Only for this package's own
 * constants, never for user input.
 */
export function equalsConstant(column: AnyColumn, value: string): SQL {
  return sql`${column} = ${sql.raw(`'${value.replaceAll("'", "''")}'`)}`;
}
