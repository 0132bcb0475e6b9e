import { loadQuestionBank } from '@certpace/content';
import type { QuestionBank } from '@certpace/core';
import type { Database } from '@certpace/db';

/** Where the questions come from: @certpace/content itself, or a test's own banks. */
export interface QuestionBankSource {
  /** The questions served for an outline ref (`AI-103@2026-04`); throws BlueprintError / QuestionBankError. */
  loadQuestionBank(ref: string): QuestionBank;
}

/**
 * What every use case runs on, passed in so that tests build the real thing
 * with a fixed clock and a seeded random source.
 */
export interface StudyDeps {
  readonly db: Database;
  /** The current instant. */
  readonly clock: () => Date;
  /** Question banks; default: the banks shipped in @certpace/content. */
  readonly banks?: QuestionBankSource;
  /** Uniform numbers in [0, 1) for quiz seeds; default Math.random. */
  readonly random?: () => number;
}

const shippedBanks: QuestionBankSource = { loadQuestionBank };

export function banksOf(deps: StudyDeps): QuestionBankSource {
  return deps.banks ?? shippedBanks;
}

/** A fresh quiz seed: a whole number the quizzes table stores and core's selection takes. */
export function newSeed(deps: StudyDeps): number {
  const random = deps.random ?? Math.random;
  return Math.floor(random() * 2 ** 31);
}
