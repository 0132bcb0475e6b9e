import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getBlueprint } from '../../blueprint/catalog.js';
import { allocateMinutes } from '../allocateMinutes.js';
import { buildPlan } from '../buildPlan.js';
import { PlanInputError } from '../PlanInputError.js';
import { replan } from '../replan.js';
import type { PlanOptions } from '../types.js';

const blueprint = getBlueprint('AI-102@2024-06');
const valid: PlanOptions = {
  blueprint,
  start: '2027-02-01',
  examDate: '2027-03-15',
  availability: { mon: 60, tue: 60, wed: 60, thu: 60, fri: 60, sat: 180, sun: 0 },
};

function refusal(run: () => unknown): PlanInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PlanInputError);
    return error as PlanInputError;
  }
  throw new Error('expected a PlanInputError');
}

describe('buildPlan refuses bad input with a PlanInputError naming the field and the fix', () => {
  const cases: [string, Partial<Record<keyof PlanOptions, unknown>>, string, RegExp][] = [
    [
      'an exam date not after the start',
      { examDate: '2027-02-01' },
      'examDate',
      /not after start 2027-02-01; choose an exam date after/,
    ],
    [
      'an exam date more than three years away',
      { examDate: '2030-02-02' },
      'examDate',
      /more than three years .* up to 2030-02-01/,
    ],
    ['a malformed start', { start: '2027-2-1' }, 'start', /YYYY-MM-DD/],
    ['an impossible date', { examDate: '2027-02-30' }, 'examDate', /real date/],
    [
      'no available minutes',
      { availability: 0 },
      'availability',
      /no study time .* at least 15 minutes/,
    ],
    ['days under one block', { availability: { sat: 10 } }, 'availability', /no study time/],
    [
      'negative minutes',
      { availability: { mon: -30 } },
      'availability.mon',
      /whole minutes from 0 to 960/,
    ],
    ['fractional minutes', { availability: 45.5 }, 'availability', /whole minutes/],
    ['over 16 hours a day', { availability: { sat: 961 } }, 'availability.sat', /960 \(16 hours\)/],
    [
      'an unknown weekday',
      { availability: { mon: 60, funday: 30 } },
      'availability.funday',
      /not a weekday; use mon, tue/,
    ],
    ['mastery above 1', { mastery: { nlp: 1.2 } }, 'mastery.nlp', /from 0 to 1/],
    ['mastery NaN', { mastery: { nlp: Number.NaN } }, 'mastery.nlp', /from 0 to 1/],
    [
      'mastery for an unknown domain',
      { mastery: { speech: 0.5 } },
      'mastery.speech',
      /not a domain of AI-102@2024-06; its domains are plan-manage/,
    ],
    [
      'an invalid blueprint',
      { blueprint: { ...blueprint, domains: [] } },
      'blueprint',
      /not a valid blueprint: domains/,
    ],
    ['a block size out of range', { blockMinutes: 1 }, 'blockMinutes', /from 5 to 240/],
    ['a negative lambda', { lambda: -1 }, 'lambda', /from 0 to 10/],
    [
      'a pause that ends before it starts',
      { pauses: [{ from: '2027-02-10', to: '2027-02-01' }] },
      'pauses[0]',
      /swap/,
    ],
  ];
  for (const [what, change, field, message] of cases) {
    it(`refuses ${what}`, () => {
      const error = refusal(() => buildPlan({ ...valid, ...change } as PlanOptions));
      expect(error.field).toBe(field);
      expect(error.message.startsWith(`${field}: `)).toBe(true);
      expect(error.message).toMatch(message);
    });
  }

  it('refuses a plan whose every study day is paused', () => {
    const error = refusal(() =>
      buildPlan({ ...valid, pauses: [{ from: '2027-01-01', to: '2027-12-31' }] }),
    );
    expect(error.field).toBe('availability');
  });
});

describe('allocateMinutes and replan refuse bad input the same way', () => {
  it('allocateMinutes names totalMinutes and mastery problems', () => {
    expect(refusal(() => allocateMinutes({ blueprint, totalMinutes: 10 })).field).toBe(
      'totalMinutes',
    );
    expect(refusal(() => allocateMinutes({ blueprint, totalMinutes: -15 })).field).toBe(
      'totalMinutes',
    );
    expect(
      refusal(() => allocateMinutes({ blueprint, totalMinutes: 600, mastery: { nlp: -0.1 } }))
        .field,
    ).toBe('mastery.nlp');
  });

  it('replan names today, done and the plan itself', () => {
    const plan = buildPlan(valid);
    expect(refusal(() => replan(plan, { today: '2027-03-15', done: [] })).field).toBe('today');
    expect(refusal(() => replan(plan, { today: '2027-02-31', done: [] })).field).toBe('today');
    expect(refusal(() => replan(plan, { today: '2027-02-10', done: ['nope'] })).field).toBe(
      'done[0]',
    );
    expect(
      refusal(() => replan(plan, { today: '2027-02-10', done: [], examDate: '2027-02-09' })).field,
    ).toBe('today');
    expect(
      refusal(() => replan(plan, { today: '2027-02-10', done: [], examDate: '2027-01-09' })).field,
    ).toBe('examDate');
    expect(
      refusal(() => replan({ ...plan, days: 'x' } as never, { today: '2027-02-10', done: [] }))
        .field,
    ).toBe('plan');
    expect(
      refusal(() => replan({ ...plan, input: {} } as never, { today: '2027-02-10', done: [] }))
        .field,
    ).toBe('plan');
  });
});

describe('nothing but PlanInputError escapes, whatever comes in', () => {
  const garbage = fc.oneof(
    fc.anything({
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
    }),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 1e308, '', '2027-02-30', [], {}),
  );
  const validPlan = buildPlan(valid);
  /** Options where each field is either valid or garbage, so checks deep inside are reached too. */
  const optionsArb = fc.record({
    blueprint: fc.oneof(
      fc.constant(blueprint),
      garbage,
      fc.constant({ ...blueprint, domains: [{ id: 'x' }] }),
    ),
    start: fc.oneof(fc.constant('2027-02-01'), garbage),
    examDate: fc.oneof(fc.constant('2027-03-15'), fc.constant('2031-01-01'), garbage),
    availability: fc.oneof(fc.constant(60), fc.dictionary(fc.string(), garbage), garbage),
    mastery: fc.oneof(
      fc.constant({ nlp: 0.2 }),
      fc.dictionary(fc.constantFrom('nlp', 'constructor', '__proto__', 'x'), garbage),
      garbage,
    ),
    lambda: fc.oneof(fc.constant(undefined), garbage),
    blockMinutes: fc.oneof(fc.constant(undefined), fc.constant(30), garbage),
    pauses: fc.oneof(
      fc.constant(undefined),
      fc.array(fc.record({ from: garbage, to: garbage })),
      garbage,
    ),
    totalMinutes: fc.oneof(fc.constant(600), garbage),
  });
  const onlyPlanInputError = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (!(error instanceof PlanInputError)) throw error;
    }
  };

  it('buildPlan and allocateMinutes', () => {
    fc.assert(
      fc.property(fc.oneof(optionsArb, garbage), (options) => {
        onlyPlanInputError(() => buildPlan(options as PlanOptions));
        onlyPlanInputError(() => allocateMinutes(options as never));
      }),
      { numRuns: 300 },
    );
  });

  it('replan', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constant(validPlan),
          garbage,
          fc.constant({ ...validPlan, days: [{ date: '2027-02-01', tasks: [{}] }] }),
        ),
        fc.oneof(
          fc.record({
            today: fc.oneof(fc.constant('2027-02-10'), garbage),
            done: fc.oneof(fc.constant([]), fc.array(fc.oneof(fc.string(), garbage))),
            mastery: fc.oneof(fc.constant(undefined), garbage),
            availability: fc.oneof(fc.constant(undefined), garbage),
            examDate: fc.oneof(fc.constant(undefined), garbage),
          }),
          garbage,
        ),
        (plan, options) => onlyPlanInputError(() => replan(plan as never, options as never)),
      ),
      { numRuns: 300 },
    );
  });
});
