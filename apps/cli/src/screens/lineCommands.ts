/** What a learner can ask for on a quiz screen, however they typed it. */
export type QuizCommand =
  | { readonly kind: 'answer'; readonly choices: readonly string[] }
  | { readonly kind: 'flag' }
  | { readonly kind: 'next' }
  | { readonly kind: 'previous' }
  | { readonly kind: 'goto'; readonly number: number }
  | { readonly kind: 'review' }
  | { readonly kind: 'submit' }
  | { readonly kind: 'report'; readonly reason: string | undefined }
  | { readonly kind: 'quit' }
  | { readonly kind: 'help' }
  | { readonly kind: 'invalid'; readonly message: string };

export interface LineContext {
  readonly mode: 'practice' | 'mock';
  readonly choiceCount: number;
  readonly multiple: boolean;
}

const LETTERS = 'abcdef';

/** Choice ids from "b", "B", "2", "a c", "a,c", "ac" or "1 3"; undefined if it is not a choice list. */
export function parseChoices(text: string, choiceCount: number): string[] | undefined {
  const compact = text.toLowerCase().replace(/[\s,;+]+/g, '');
  if (compact === '' || !/^[a-f1-6]+$/.test(compact)) return undefined;
  const ids = [...compact].map((c) => (/\d/.test(c) ? LETTERS[Number(c) - 1]! : c));
  if (ids.some((id) => LETTERS.indexOf(id) >= choiceCount)) return undefined;
  return [...new Set(ids)].sort();
}

function choiceRange(count: number): string {
  return `a–${LETTERS[count - 1]} or 1–${count}`;
}

/**
 * One typed line as a quiz command. In a mock `f` flags, so a sixth choice is
 * chosen with `6` there; in practice `f` is the choice F.
 */
export function parseLine(line: string, context: LineContext): QuizCommand {
  const text = line.trim();
  const lower = text.toLowerCase();
  const [word = '', ...rest] = lower.split(/\s+/);
  const argument = text.slice(word.length).trim();
  if (word === '?' || word === 'help' || word === 'h') return { kind: 'help' };
  if (word === 'q' || word === 'quit' || word === 'exit') return { kind: 'quit' };
  if (word === 'r' || word === 'report') return { kind: 'report', reason: argument || undefined };
  if (context.mode === 'mock') {
    if (word === 'f' || word === 'flag') return { kind: 'flag' };
    if (word === 'n' || word === 'next') return { kind: 'next' };
    if (word === 'p' || word === 'prev' || word === 'previous') return { kind: 'previous' };
    if (word === 'v' || word === 'review') return { kind: 'review' };
    if (word === 's' || word === 'submit') return { kind: 'submit' };
    if (word === 'g' || word === 'go' || word === 'goto') {
      const target = rest.join('');
      if (!/^\d+$/.test(target))
        return {
          kind: 'invalid',
          message: 'Go to which question? Type g and its number, such as g 12.',
        };
      return { kind: 'goto', number: Number(target) };
    }
    if (/^g\d+$/.test(word)) return { kind: 'goto', number: Number(word.slice(1)) };
  }
  const asChoices =
    context.mode === 'mock' && /f/i.test(text)
      ? undefined
      : parseChoices(text, context.choiceCount);
  if (asChoices) {
    if (!context.multiple && asChoices.length > 1) {
      return { kind: 'invalid', message: 'This question takes one answer: type a single letter.' };
    }
    return { kind: 'answer', choices: asChoices };
  }
  return {
    kind: 'invalid',
    message: `Type your answer (${choiceRange(context.choiceCount)}${context.multiple ? ', several for this question, such as a c' : ''}), or ? for help.`,
  };
}
