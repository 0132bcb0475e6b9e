import { describe, expect, it } from 'vitest';
import {
  assertLoopback,
  benchServerUrl,
  DEFAULT_SERVER_URL,
  databaseUrl,
  NotLoopbackError,
} from '../postgres.js';

describe('the benchmark server', () => {
  it('accepts only servers on this machine', () => {
    for (const host of ['127.0.0.1', 'localhost', '[::1]']) {
      expect(assertLoopback(`postgres://postgres@${host}:5432/x`)).toContain(host);
    }
    expect(() => assertLoopback('postgres://u@db.example.com/x')).toThrow(NotLoopbackError);
    expect(() => assertLoopback('postgres://u@10.0.0.5/x')).toThrow(
      /only run against a server on this machine/,
    );
  });

  it('prefers BENCH_DATABASE_URL, then TEST_DATABASE_URL, then the local default', () => {
    const bench = 'postgres://postgres@127.0.0.1:5433/postgres';
    const test = 'postgres://postgres@localhost:5432/test';
    expect(benchServerUrl({ BENCH_DATABASE_URL: bench, TEST_DATABASE_URL: test })).toBe(bench);
    expect(benchServerUrl({ TEST_DATABASE_URL: test })).toBe(test);
    expect(benchServerUrl({})).toBe(DEFAULT_SERVER_URL);
    expect(() => benchServerUrl({ TEST_DATABASE_URL: 'postgres://u@prod.example/x' })).toThrow(
      NotLoopbackError,
    );
  });

  it('points a URL at another database on the same server', () => {
    expect(
      databaseUrl('postgres://postgres:pw@127.0.0.1:5432/postgres?sslmode=disable', 'b1'),
    ).toBe('postgres://postgres:pw@127.0.0.1:5432/b1?sslmode=disable');
  });
});
