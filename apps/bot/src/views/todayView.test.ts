import type { DayTasks, TaskView } from '@certpace/study';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCustomId } from '../framework/customId.js';
import { embedLength } from '../messages/embeds.js';
import { LIMITS } from '../messages/limits.js';
import { compactUuid } from './compactIds.js';
import { pageCount, todayView } from './todayView.js';

const owner = '123456789012345678';
const PLAN = '0b6f3a62-2f7e-4c55-9a51-7d2e9d1f3c44';

function task(i: number, status: TaskView['status'], title: string): TaskView {
  return {
    planId: PLAN,
    examRef: 'AI-103@2026-04',
    taskId: `2026-05-04:learn:information-extraction${i === 0 ? '' : `:${i + 1}`}`,
    date: '2026-05-04',
    kind: 'learn',
    domainId: 'information-extraction',
    domainName: 'Implement information extraction solutions',
    minutes: 15 * (i + 1),
    title,
    resources: [],
    status,
    doneAt: null,
  };
}

function day(tasks: TaskView[]): DayTasks {
  return {
    date: '2026-05-04',
    timezone: 'Europe/Berlin',
    tasks,
    totalMinutes: tasks.reduce((s, t) => s + t.minutes, 0),
    doneMinutes: 0,
    pending: tasks.filter((t) => t.status === 'pending').length,
    streak: { current: 0, best: 0, studiedToday: false, lastStudyDay: null, keepBy: null },
    exams: ['AI-103@2026-04'],
  };
}

const tasks = fc
  .array(
    fc.record({
      status: fc.constantFrom('pending', 'done', 'skipped') as fc.Arbitrary<TaskView['status']>,
      title: fc.string({ minLength: 1, maxLength: 300 }),
    }),
    { maxLength: 40 },
  )
  .map((list) => list.map((t, i) => task(i, t.status, t.title)));

describe('the /today view', () => {
  it('puts every task’s Done and Skip on exactly one page, within Discord’s limits (property)', () => {
    fc.assert(
      fc.property(tasks, (list) => {
        const pages = pageCount(list.length);
        const seen = new Map<string, number>();
        for (let page = 0; page < pages; page++) {
          const view = todayView(day(list), { owner, page });
          const rows = view.components ?? [];
          expect(rows.length).toBeLessThanOrEqual(LIMITS.rowsPerMessage);
          const [embed] = view.embeds ?? [];
          expect(embedLength(embed!)).toBeLessThanOrEqual(LIMITS.embedTotal);
          expect(embed!.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
          const ids: string[] = [];
          for (const row of rows) {
            expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
            for (const c of row.components) {
              const id = 'custom_id' in c ? c.custom_id : '';
              expect(id.length).toBeLessThanOrEqual(LIMITS.customId);
              expect(decodeCustomId(id)?.owner).toBe(owner);
              ids.push(id);
              if ('label' in c && c.label === 'Done') seen.set(id, (seen.get(id) ?? 0) + 1);
            }
          }
          expect(new Set(ids).size).toBe(ids.length);
        }
        expect(seen.size).toBe(list.length);
        expect([...seen.values()].every((n) => n === 1)).toBe(true);
      }),
    );
  });

  it('names the task and its plan in the Done button, so a click marks exactly that task', () => {
    const view = todayView(day([task(0, 'pending', 'Learn: Implement information extraction')]), {
      owner,
    });
    const done = view.components?.[0]?.components[1];
    expect(done && 'custom_id' in done ? decodeCustomId(done.custom_id) : undefined).toEqual({
      feature: 'today',
      action: 'done',
      owner,
      args: [compactUuid(PLAN), '2026-05-04.learn.information-extraction'],
    });
  });

  it('says a rest day is a rest day', () => {
    const view = todayView(day([]), { owner });
    expect(view.embeds?.[0]?.description).toMatch(/^A rest day: nothing planned today\./);
    expect(view.components).toEqual([]);
  });
});
