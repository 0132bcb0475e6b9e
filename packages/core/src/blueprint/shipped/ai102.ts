import { STUDY_GUIDES } from './learn.js';

/** The facts of the AI-102 exam itself, shared by each of its outlines. */
export const ai102Exam = {
  code: 'AI-102',
  title: 'Designing and Implementing a Microsoft Azure AI Solution',
  durationMinutes: 100,
  questionCount: 50,
  passingScore: 700,
  maxScore: 1000,
  source: `${STUDY_GUIDES}/ai-102`,
  retiresOn: '2026-06-30',
  successor: 'AI-103',
} as const;
