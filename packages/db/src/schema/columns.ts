import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { timestamp } from 'drizzle-orm/pg-core';

/** A point in time, stored as timestamptz and read as a JS Date. */
export const timestamptz = () => timestamp({ withTimezone: true, mode: 'date' });

/** `created_at` and `updated_at`, filled by the database and by drizzle on update. */
export const auditColumns = () => ({
  createdAt: timestamptz().notNull().defaultNow(),
  updatedAt: timestamptz()
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});

/**
 * `column IN ('a', 'b')` for a check constraint. The values are constants from
 * this schema, never user input, so inlining them as literals is safe; a check
 * constraint cannot take bound parameters anyway.
 */
export function oneOf(column: AnyColumn, values: readonly string[]): SQL {
  const literals = values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ');
  return sql`${column} in (${sql.raw(literals)})`;
}

/** A local wall-clock time `HH:MM` (00:00 to 23:59). */
export const HH_MM_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$';
