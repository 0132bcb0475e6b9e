import type { QuestionView } from '@certpace/study';
import { type Style, visibleWidth } from '../render/style.js';
import { wrap } from '../render/wrap.js';

export interface QuestionViewOptions {
  readonly width: number;
  readonly style: Style;
  /** Choices ticked (a mock's recorded answer, or the live selection in a terminal). */
  readonly selected?: readonly string[];
  /** Interactive: the choice under the cursor. */
  readonly cursor?: number;
  readonly flagged?: boolean;
}

export function letters(choiceIds: readonly string[]): string {
  return choiceIds.map((id) => id.toUpperCase()).join(', ');
}

/** The header, the prompt and the lettered choices. */
export function renderQuestion(question: QuestionView, options: QuestionViewOptions): string[] {
  const { style, width } = options;
  const kind = question.type === 'multiple' ? `choose ${question.answerCount}` : 'choose 1';
  const flag = options.flagged ? `  ${style.yellow('⚑ flagged')}` : '';
  const lines = [
    `${style.bold(`Question ${question.index + 1} of ${question.total}`)} ${style.dim(`· ${question.domainName} · ${kind}`)}${flag}`,
    '',
    ...wrap(question.prompt, width),
    '',
  ];
  question.choices.forEach((choice, index) => {
    const ticked = options.selected?.includes(choice.id) ?? false;
    const pointer = options.cursor === index ? style.cyan('›') : ' ';
    const box = question.type === 'multiple' ? (ticked ? '[x] ' : '[ ] ') : ticked ? '(•) ' : '';
    const head = `${pointer} ${style.bold(choice.label)}  ${box}`;
    const body = wrap(choice.text, width, ' '.repeat(visibleWidth(head)));
    const first = body[0]!.trimStart();
    lines.push(`${head}${ticked ? style.cyan(first) : first}`, ...body.slice(1));
  });
  return lines;
}
