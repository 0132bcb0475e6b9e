import { StudyError } from '@certpace/study';
import { describe, expect, it } from 'vitest';
import { APOLOGY, describeFailure } from './describeFailure.js';
import { UserError } from './UserError.js';

class PlanNotFoundError extends Error {
  readonly code = 'PLAN_NOT_FOUND';
}

describe('describeFailure', () => {
  it('shows a UserError as it was written', () => {
    expect(describeFailure(new UserError('EXAM_UNKNOWN', 'No such exam.'))).toEqual({
      expected: true,
      code: 'EXAM_UNKNOWN',
      message: 'No such exam.',
    });
  });

  it('shows a typed error of the study or db packages (code and message) as expected', () => {
    expect(
      describeFailure(new PlanNotFoundError('You have no plan: make one with /plan create.')),
    ).toEqual({
      expected: true,
      code: 'PLAN_NOT_FOUND',
      message: 'You have no plan: make one with /plan create.',
    });
  });

  it('shows a StudyError (kebab-case code) with its hint for Discord', () => {
    const error = new StudyError('no-active-plan', 'You have no active plan yet.', {
      hints: { discord: 'Create one with /plan create.', cli: 'Run `certpace plan create`.' },
    });
    expect(describeFailure(error)).toEqual({
      expected: true,
      code: 'no-active-plan',
      message: 'You have no active plan yet. Create one with /plan create.',
    });
    expect(
      describeFailure(new StudyError('invalid-date', 'Exam date: "soon" is not a date.')),
    ).toEqual({
      expected: true,
      code: 'invalid-date',
      message: 'Exam date: "soon" is not a date.',
    });
  });

  it.each([
    ['a plain Error', new Error('Cannot read properties of undefined')],
    [
      'a system error',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
        code: 'ECONNREFUSED',
        errno: -111,
        syscall: 'connect',
      }),
    ],
    [
      'a Node internal error',
      Object.assign(new TypeError('bad arg'), { code: 'ERR_INVALID_ARG_TYPE' }),
    ],
    ['an abort', Object.assign(new Error('The operation was aborted'), { code: 'ABORT_ERR' })],
    [
      'a driver error with an SQLSTATE',
      Object.assign(new Error('duplicate key value'), { code: '23505' }),
    ],
    ['a thrown string', 'boom'],
  ])('answers %s with the apology, never its text', (_what, error) => {
    const reply = describeFailure(error);
    expect(reply).toEqual({ expected: false, message: APOLOGY });
  });
});
