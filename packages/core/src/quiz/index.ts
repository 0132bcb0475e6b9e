export type { AnswerSheetEntry } from './answerSheet.js';
export { answerSheet } from './answerSheet.js';
export type { LearnerHistory, QuestionPool } from './candidates.js';
export type { ComposeMockOptions, MockSelection } from './composeMock.js';
export { composeMock } from './composeMock.js';
export type {
  CreateQuizOptions,
  GroupQuizOptions,
  MockQuizOptions,
  PracticeQuizOptions,
} from './createQuiz.js';
export { createQuiz, DEFAULT_SECONDS_PER_QUESTION } from './createQuiz.js';
export type { GroupAnswerResult, RecordedGroupAnswer } from './groupPlay.js';
export { foldGroupAnswers } from './groupPlay.js';
export type { FlagResult, GoToResult, MockAnswerResult, SubmitResult } from './mockExam.js';
export type { PaceStatus, PacingInput, PacingReport, PacingStep } from './pacing.js';
export { mockPacing, pacingReport } from './pacing.js';
export type { AdvanceResult, AnswerResult, ClosedQuestion } from './play.js';
export { advance, answer, flag, goTo, stop, submit, tick } from './play.js';
export {
  BASE_POINTS,
  groupPoints,
  MAX_SPEED_BONUS,
  MAX_STREAK_BONUS,
  STREAK_STEP,
} from './points.js';
export type { PracticeAnswerResult } from './practicePlay.js';
export { QuizInputError } from './QuizInputError.js';
export type { AnsweredQuestion } from './quizAnswers.js';
export { quizAnswers } from './quizAnswers.js';
export type { Random, Seed } from './random.js';
export { seededRandom } from './random.js';
export type { ParticipantResult, QuizResults, Tally } from './results.js';
export { results } from './results.js';
export type { Selection } from './selection.js';
export type { SelectQuestionsOptions } from './selectQuestions.js';
export { selectQuestions } from './selectQuestions.js';
export type * from './types.js';
