import {
  BlueprintError,
  EstimateInputError,
  PlanInputError,
  QuestionBankError,
  QuizInputError,
} from '@certpace/core';
import {
  ActivePlanExistsError,
  DatabaseConfigError,
  DatabaseLockedError,
  DatabaseUnavailableError,
  InvalidLocalTimeError,
  InvalidTimeZoneError,
  QuizAlreadyRunningError,
  RevisionConflictError,
} from '@certpace/db';
import { StudyError, type StudyErrorCode } from './StudyError.js';

const FIELD_LABELS: Readonly<Record<string, string>> = {
  examDate: 'Exam date',
  start: 'Start date',
  availability: 'Study time',
  today: 'Today',
};

/** The planner's field names a person would recognise, in the words a front end uses. */
function planField(field: string): { code: StudyErrorCode; label: string } {
  const root = field.split(/[.[]/)[0] ?? field;
  if (root === 'availability') return { code: 'invalid-minutes', label: 'Study time' };
  if (root === 'mastery') {
    return { code: field.includes('.') ? 'unknown-domain' : 'invalid-input', label: 'Self-rating' };
  }
  if (root === 'examDate' || root === 'start' || root === 'pauses' || root === 'today') {
    return { code: 'invalid-date', label: FIELD_LABELS[root] ?? 'Pause' };
  }
  return { code: 'invalid-input', label: root };
}

function planInputError(error: PlanInputError): StudyError {
  const { code, label } = planField(error.field);
  const problem = error.message.slice(error.field.length + 2);
  // Unknown domains are reported as such, whatever the planner called the field.
  const unknownDomain = /is not a domain of/.test(problem);
  return new StudyError(unknownDomain ? 'unknown-domain' : code, `${label}: ${problem}`, {
    field: error.field,
    cause: error,
  });
}

/**
 * Turns the typed errors of core and db into a StudyError naming the field;
 * anything else (a bug) is returned unchanged for the front end to log.
 */
export function toStudyError(error: unknown): unknown {
  if (error instanceof StudyError) return error;
  if (error instanceof PlanInputError) return planInputError(error);
  if (error instanceof BlueprintError) {
    const problem = error.problems[0]?.message ?? error.message;
    return new StudyError('unknown-exam', `Exam: ${problem}.`, { field: 'exam', cause: error });
  }
  if (error instanceof QuestionBankError) {
    return new StudyError('question-bank-invalid', error.message, { field: 'bank', cause: error });
  }
  if (error instanceof QuizInputError) {
    const code = error.field === 'domains' ? 'unknown-domain' : 'invalid-input';
    return new StudyError(code, `Quiz ${error.message}.`, { field: error.field, cause: error });
  }
  if (error instanceof EstimateInputError) {
    return new StudyError('invalid-input', error.message, { field: error.field, cause: error });
  }
  if (error instanceof DatabaseUnavailableError || error instanceof DatabaseConfigError) {
    return new StudyError('database-unavailable', error.message, { cause: error });
  }
  if (error instanceof DatabaseLockedError) {
    return new StudyError('database-locked', error.message, { cause: error });
  }
  if (error instanceof InvalidTimeZoneError) {
    return new StudyError('invalid-timezone', error.message, { field: 'timezone', cause: error });
  }
  if (error instanceof InvalidLocalTimeError) {
    return new StudyError('invalid-time', error.message, { field: 'time', cause: error });
  }
  if (error instanceof ActivePlanExistsError) {
    return new StudyError('plan-exists', error.message, {
      field: 'exam',
      cause: error,
      hints: {
        discord: 'Use /plan edit or /plan delete.',
        cli: 'Use `certpace plan edit` or `certpace plan delete`.',
      },
    });
  }
  if (error instanceof QuizAlreadyRunningError) {
    return new StudyError('quiz-running-in-channel', error.message, { cause: error });
  }
  if (error instanceof RevisionConflictError) {
    return new StudyError('conflict', 'Someone changed this at the same moment: try again.', {
      cause: error,
    });
  }
  return error;
}

/**
 * Wraps a use case so that every expected failure leaves it as a StudyError.
 * Unexpected errors pass through untouched (the front end logs them).
 */
export function useCase<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (error) {
      throw toStudyError(error);
    }
  };
}
