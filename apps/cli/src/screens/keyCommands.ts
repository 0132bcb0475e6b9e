import type { Key } from '../runtime/terminal.js';
import type { QuizCommand } from './lineCommands.js';

/** The live state of a question screen in a terminal: ticked choices and the cursor. */
export interface KeySelection {
  readonly selected: readonly string[];
  readonly cursor: number;
}

export type KeyStep =
  | { readonly kind: 'command'; readonly command: QuizCommand }
  | { readonly kind: 'redraw'; readonly selection: KeySelection }
  /** `g` or `r`: the screen asks for the rest on a line. */
  | { readonly kind: 'ask'; readonly what: 'goto' | 'report' }
  | { readonly kind: 'ignore' };

export interface KeyContext {
  readonly mode: 'practice' | 'mock';
  readonly choiceCount: number;
  readonly multiple: boolean;
}

const LETTERS = 'abcdef';

function choiceOf(key: Key, context: KeyContext): string | undefined {
  const name = key.name ?? key.sequence;
  if (/^[1-6]$/.test(key.sequence)) return LETTERS[Number(key.sequence) - 1];
  // In a mock `f` flags; its sixth choice is `6`.
  if (context.mode === 'mock' && name === 'f') return undefined;
  if (/^[a-f]$/.test(name) && !key.ctrl && !key.meta) return name;
  return undefined;
}

function toggle(selected: readonly string[], id: string): string[] {
  return selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id].sort();
}

/**
 * One key on a question screen. Single-answer: a letter or digit answers at
 * once. Multiple-answer: letters and digits (or space on the cursor) tick and
 * untick, Enter confirms. Arrows move the cursor; Enter on a single-answer
 * question takes the choice under it.
 */
export function keyStep(key: Key, selection: KeySelection, context: KeyContext): KeyStep {
  const { choiceCount, multiple, mode } = context;
  const choice = choiceOf(key, context);
  if (choice !== undefined) {
    if (LETTERS.indexOf(choice) >= choiceCount) return { kind: 'ignore' };
    if (!multiple) return { kind: 'command', command: { kind: 'answer', choices: [choice] } };
    return {
      kind: 'redraw',
      selection: { ...selection, selected: toggle(selection.selected, choice) },
    };
  }
  switch (key.name) {
    case 'up':
    case 'k':
      return {
        kind: 'redraw',
        selection: { ...selection, cursor: (selection.cursor + choiceCount - 1) % choiceCount },
      };
    case 'down':
    case 'j':
      return {
        kind: 'redraw',
        selection: { ...selection, cursor: (selection.cursor + 1) % choiceCount },
      };
    case 'space': {
      const id = LETTERS[selection.cursor]!;
      if (!multiple) return { kind: 'redraw', selection: { ...selection, selected: [id] } };
      return {
        kind: 'redraw',
        selection: { ...selection, selected: toggle(selection.selected, id) },
      };
    }
    case 'return':
    case 'enter': {
      const chosen = multiple
        ? selection.selected
        : selection.selected.length > 0
          ? selection.selected
          : [LETTERS[selection.cursor]!];
      if (chosen.length === 0) return { kind: 'ignore' };
      return { kind: 'command', command: { kind: 'answer', choices: chosen } };
    }
    case 'r':
      return { kind: 'ask', what: 'report' };
    case 'q':
      return { kind: 'command', command: { kind: 'quit' } };
    default:
      break;
  }
  if (key.sequence === '?') return { kind: 'command', command: { kind: 'help' } };
  if (mode === 'mock') {
    switch (key.name) {
      case 'f':
        return { kind: 'command', command: { kind: 'flag' } };
      case 'n':
      case 'right':
        return { kind: 'command', command: { kind: 'next' } };
      case 'p':
      case 'left':
        return { kind: 'command', command: { kind: 'previous' } };
      case 'g':
        return { kind: 'ask', what: 'goto' };
      case 'v':
        return { kind: 'command', command: { kind: 'review' } };
      case 's':
        return { kind: 'command', command: { kind: 'submit' } };
      default:
        break;
    }
  }
  return { kind: 'ignore' };
}
