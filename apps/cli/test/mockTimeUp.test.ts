import { PassThrough } from 'node:stream';
import { createDatabase, type Database } from '@certpace/db';
import { ensureLearner, type LearnerView, startQuiz } from '@certpace/study';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStyle } from '../src/render/style.js';
import type { CliContext, Session } from '../src/runtime/context.js';
import { readCliEnv } from '../src/runtime/env.js';
import { LineTerminal } from '../src/runtime/lineTerminal.js';
import { runMockExam } from '../src/screens/mockExam.js';

// The mock screen in-process, on an in-memory database, with a clock set just before the exam's end:
// nothing is typed, and the screen must hand the exam in by itself when the time runs out.
let db: Database;
let learner: LearnerView;
const offset = { ms: 0 };
const clock = () => new Date(Date.now() + offset.ms);

beforeAll(async () => {
  db = await createDatabase({ memory: true });
  learner = await ensureLearner({ db, clock }, { localUserKey: 'ana', displayName: 'ana' });
});
afterAll(() => db.close());

function context(session: Session, shown: { text: string }): CliContext {
  const output = new PassThrough();
  output.on('data', (chunk) => {
    shown.text += chunk;
  });
  const signal = new AbortController().signal;
  return {
    env: readCliEnv({}),
    style: createStyle(false),
    terminal: new LineTerminal(new PassThrough(), output, signal, true),
    clock,
    signal,
    user: { key: 'ana', displayName: 'ana' },
    print: (...lines) => output.write(lines.map((l) => `${l}\n`).join('')),
    note: () => undefined,
    session: async () => session,
    database: async () => db,
  };
}

describe('the mock exam clock', () => {
  it('submits the exam by itself when the time runs out, keeping the answers given', async () => {
    const deps = { db, clock };
    const started = await startQuiz(deps, learner, { mode: 'mock', exam: 'AI-103', count: 2 });
    const endsAt = started.quiz.endsAt!.getTime();
    offset.ms = endsAt - Date.now() - 400;
    const shown = { text: '' };
    const ctx = context({ deps, learner }, shown);

    const result = await runMockExam(ctx, { deps, learner }, started.quiz);
    expect(result?.finishReason).toBe('time-up');
    expect(result?.participants[0]).toMatchObject({ attempted: 0, questions: 2 });
    expect(shown.text).toMatch(/⏱ 0:00 left · 0\/2 answered/);
    ctx.terminal.close();
  });
});
