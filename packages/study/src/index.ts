// The public API of @certpace/study: the use cases every front end calls.
// Each takes its dependencies first (StudyDeps), then the learner, then the input,
// and returns plain data; expected failures are StudyErrors with a stable code.

export type { QuestionBankSource, StudyDeps } from './deps.js';
export {
  isStudyError,
  StudyError,
  type StudyErrorCode,
  type StudyErrorHints,
} from './errors/StudyError.js';
export { toStudyError } from './errors/translateError.js';
export { resolveLearnerExam } from './exams/learnerExam.js';
export { getExam, listExams } from './exams/listExams.js';
export type { ExamView } from './exams/resolveExam.js';
// Guilds
export {
  getLeaderboard,
  type LeaderboardPeriod,
  type LeaderboardView,
} from './guilds/getLeaderboard.js';
export {
  type GuildSettingsInput,
  type GuildSettingsView,
  getGuildSettings,
  setGuildSettings,
} from './guilds/guildSettings.js';

// Learners and exams
export { ensureLearner, type LearnerIdentity } from './learners/ensureLearner.js';
export { findLearner, type LearnerLookup } from './learners/findLearner.js';
export type { LearnerRef, LearnerView } from './learners/views.js';
// Parsing shared by the front ends
export { type AvailabilityInput, parseAvailability } from './parse/parseAvailability.js';
export { parseDate, parseTimeOfDay, parseTimezone } from './parse/parseDates.js';
export { parseMinutes } from './parse/parseNumbers.js';
export { parseStudyDays } from './parse/parseStudyDays.js';
export { studyDaysText } from './parse/studyDaysText.js';
// Plans and tasks
export { type CreatedPlan, type CreatePlanInput, createPlan } from './plans/createPlan.js';
export { deletePlan } from './plans/deletePlan.js';
export { type EditedPlan, type EditPlanInput, editPlan } from './plans/editPlan.js';
export type { PlanSelector } from './plans/findLearnerPlan.js';
export { getPlan, listLearnerPlans, type PlanDetail } from './plans/getPlan.js';
export { type DayTasks, getToday } from './plans/getToday.js';
export { getWeek, type WeekDay, type WeekView } from './plans/getWeek.js';
export { type MarkedTask, type MarkTaskInput, markTask } from './plans/markTask.js';
export type { DomainChange, PlanChange, ReplanReason } from './plans/planChange.js';
export type { PlanTotals, PlanView, TaskView } from './plans/views.js';
// Privacy
export {
  deleteLearnerData,
  exportLearnerData,
  type LearnerDataExport,
  type PrivacyInput,
  setPrivacy,
} from './privacy/privacy.js';
// Score reports and progress
export {
  type DomainProgress,
  getProgress,
  type ProgressView,
  type QuizHistoryEntry,
} from './progress/getProgress.js';
export type { StreakView } from './progress/streak.js';
// Quizzes
export { type AdvanceInput, type AdvanceOutcome, advanceQuiz } from './quizzes/advanceQuiz.js';
export { type AnswerInput, type AnswerOutcome, answerQuestion } from './quizzes/answerQuestion.js';
export { type FinishInput, finishQuiz } from './quizzes/finishQuiz.js';
export type {
  DomainTally,
  FinishResult,
  LearnerOutcome,
  MasteryChange,
  MockEstimate,
  ParticipantView,
  ReviewItem,
} from './quizzes/finishViews.js';
export {
  getChannelQuiz,
  getQuiz,
  getQuizResults,
  getRunningQuiz,
  type QuizLookup,
} from './quizzes/getQuiz.js';
export {
  flagQuestion,
  goToQuestion,
  type MockDestination,
  type MockOutcome,
} from './quizzes/mockNavigation.js';
export type { QuestionReview, QuestionView } from './quizzes/questionViews.js';
export type { QuizView } from './quizzes/quizView.js';
export {
  type ClosedQuizPlace,
  type RecoverScope,
  type ResumedQuiz,
  recoverQuizzes,
  resumeQuiz,
} from './quizzes/recoverQuizzes.js';
export {
  QUESTION_REPORT_REASONS,
  type QuestionReportReason,
  type QuestionReportView,
  type ReportQuestionInput,
  reportQuestion,
} from './quizzes/reportQuestion.js';
export type { RevealView } from './quizzes/revealView.js';
export {
  type QuizMessageInput,
  type QuizMessageOutcome,
  setQuizMessage,
} from './quizzes/setQuizMessage.js';
export { type StartedQuiz, type StartQuizInput, startQuiz } from './quizzes/startQuiz.js';
// Reminders
export {
  type ClaimRemindersOptions,
  claimReminders,
  type DueReminder,
  markReminderFailed,
  markReminderSent,
} from './reminders/claimReminders.js';
export {
  clearReminder,
  type ReminderInput,
  type ReminderView,
  setReminder,
} from './reminders/setReminder.js';
export {
  type RecordedScoreReport,
  recordScoreReport,
  type ScoreReportInput,
} from './scores/recordScoreReport.js';
