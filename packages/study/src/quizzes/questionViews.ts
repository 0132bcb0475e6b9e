import type { Blueprint, Question, QuizItem } from '@certpace/core';
import { domainName } from '../exams/resolveExam.js';

/** A question as shown while it is open: no answer, no explanation. */
export interface QuestionView {
  /** 0-based position in the quiz. */
  readonly index: number;
  readonly total: number;
  readonly id: string;
  readonly domainId: string;
  readonly domainName: string;
  /** `multiple`: choose every correct choice (all-or-nothing). */
  readonly type: 'single' | 'multiple';
  /** How many choices are correct (front ends say "choose 2" for multiple-answer questions). */
  readonly answerCount: number;
  readonly prompt: string;
  /** Choice ids `a`..`f`, shown with their letters `A`..`F`. */
  readonly choices: readonly {
    readonly id: string;
    readonly label: string;
    readonly text: string;
  }[];
}

/** A question after it closed (or at the end of a mock): the key, the explanation, the docs. */
export interface QuestionReview extends QuestionView {
  readonly answer: readonly string[];
  /** The answer as letters, `['B', 'D']`. */
  readonly answerLabels: readonly string[];
  readonly explanation: string;
  /** The official documentation page the question is written from. */
  readonly docs: string;
}

export function letter(choiceId: string): string {
  return choiceId.toUpperCase();
}

export function questionView(
  question: Question,
  item: QuizItem,
  index: number,
  total: number,
  blueprint: Blueprint,
): QuestionView {
  return {
    index,
    total,
    id: question.id,
    domainId: item.domain,
    domainName: domainName(blueprint, item.domain) ?? item.domain,
    type: question.type,
    answerCount: item.answer.length,
    prompt: question.prompt,
    choices: question.choices.map((c) => ({ id: c.id, label: letter(c.id), text: c.text })),
  };
}

export function questionReview(
  question: Question,
  item: QuizItem,
  index: number,
  total: number,
  blueprint: Blueprint,
): QuestionReview {
  return {
    ...questionView(question, item, index, total, blueprint),
    answer: item.answer,
    answerLabels: item.answer.map(letter),
    explanation: question.explanation,
    docs: question.docs,
  };
}
