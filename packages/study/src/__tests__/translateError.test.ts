import { BlueprintError, PlanInputError, QuizInputError } from '@certpace/core';
import {
  ActivePlanExistsError,
  DatabaseLockedError,
  DatabaseUnavailableError,
  InvalidTimeZoneError,
  QuizAlreadyRunningError,
} from '@certpace/db';
import { describe, expect, it } from 'vitest';
import { StudyError } from '../errors/StudyError.js';
import { toStudyError, useCase } from '../errors/translateError.js';

describe('toStudyError', () => {
  it('gives core and db failures a stable code, the field and an actionable message', () => {
    const cases: [unknown, string, string | undefined][] = [
      [
        new PlanInputError('availability.sat', 'must be whole minutes from 0 to 960'),
        'invalid-minutes',
        'availability.sat',
      ],
      [new PlanInputError('examDate', 'is not after start'), 'invalid-date', 'examDate'],
      [
        new PlanInputError('mastery.nlp', 'is not a domain of AI-103@2026-04'),
        'unknown-domain',
        'mastery.nlp',
      ],
      [new BlueprintError([{ path: 'ref', message: 'unknown exam "X"' }]), 'unknown-exam', 'exam'],
      [new QuizInputError('domains', "unknown domain 'x'"), 'unknown-domain', 'domains'],
      [
        new DatabaseUnavailableError('The database connection was lost; try again in a moment.'),
        'database-unavailable',
        undefined,
      ],
      [new DatabaseLockedError('/data', '/data/lock', 42, false), 'database-locked', undefined],
      [new InvalidTimeZoneError('Mars/Base'), 'invalid-timezone', 'timezone'],
      [new ActivePlanExistsError('l', 'AI-103@2026-04'), 'plan-exists', 'exam'],
      [new QuizAlreadyRunningError('c'), 'quiz-running-in-channel', undefined],
    ];
    for (const [error, code, field] of cases) {
      const translated = toStudyError(error) as StudyError;
      expect(translated).toBeInstanceOf(StudyError);
      expect([translated.code, translated.field]).toEqual([code, field]);
      expect(translated.message.length).toBeGreaterThan(10);
      expect(translated.cause).toBe(error);
    }
    expect(
      (toStudyError(new DatabaseLockedError('/data', '/data/lock', 42, false)) as StudyError)
        .message,
    ).toMatch(/stop the other certpace process/);
  });

  it('leaves unexpected errors alone for the front end to log', async () => {
    const bug = new TypeError('x is undefined');
    expect(toStudyError(bug)).toBe(bug);
    const wrapped = useCase(async () => {
      throw bug;
    });
    await expect(wrapped()).rejects.toBe(bug);
  });
});
