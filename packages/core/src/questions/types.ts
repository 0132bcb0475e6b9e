import type { Blueprint, BlueprintRef } from '../blueprint/types.js';

/** `single`: exactly one answer. `multiple`: two or more, scored all-or-nothing. */
export type QuestionType = 'single' | 'multiple';

/** A choice of a question; ids are the letters `a`..`f` in order, shown as buttons `A`..`F`. */
export interface Choice {
  readonly id: string;
  readonly text: string;
}

/** One validated question. */
export interface Question {
  /** kebab-case, unique across every bank; review cards and answers refer to it. */
  readonly id: string;
  /** The outline this question is served for (after `mapQuestionsTo`, the target outline). */
  readonly exam: BlueprintRef;
  /** A domain id of `exam`'s blueprint. */
  readonly domain: string;
  readonly type: QuestionType;
  /** 1 recall, 2 apply, 3 analyse; absent when the author did not say. */
  readonly difficulty?: 1 | 2 | 3;
  readonly prompt: string;
  readonly choices: readonly Choice[];
  /** The ids of the correct choices, in choice order. */
  readonly answer: readonly string[];
  readonly explanation: string;
  /** The official documentation page the question is written from. */
  readonly docs: string;
  /** Where the question serves other outlines: outline ref -> domain id there. */
  readonly map: Readonly<Record<string, string>>;
  readonly author?: string;
  /** The file it was read from, when known. */
  readonly file?: string;
  /** Set by `mapQuestionsTo`: the outline and domain the question was written for. */
  readonly origin?: { readonly exam: BlueprintRef; readonly domain: string };
}

/** The questions of one outline, read from one or more files. */
export interface QuestionBank {
  readonly exam: BlueprintRef;
  readonly questions: readonly Question[];
}

/** One thing wrong with a bank, precise enough to find and fix it. */
export interface QuestionBankProblem {
  readonly file?: string;
  /** 1-based line in the YAML text, when the bank was given as text. */
  readonly line?: number;
  /** The question's id, or `#n` (1-based position) when it has no usable id. */
  readonly question?: string;
  /** The field at fault, e.g. `answer`, `choices[2].id`, `mappings.AI-102@2025-12`. */
  readonly field: string;
  /** What is wrong and what to do about it. */
  readonly message: string;
}

export interface ParseQuestionBankOptions {
  /** The outline the bank targets; its `exam` must be this blueprint's ref. */
  readonly blueprint: Blueprint;
  /** The outlines mappings may point at. Default: the shipped blueprints. */
  readonly blueprints?: readonly Blueprint[];
  /** Named in every problem, and kept on each question. */
  readonly file?: string;
  /** Hosts a `docs` link may point at. Default: `DEFAULT_DOCS_HOSTS`. */
  readonly docsHosts?: readonly string[];
  /** Shortest acceptable explanation, in characters. Default 40. */
  readonly minExplanationLength?: number;
}
