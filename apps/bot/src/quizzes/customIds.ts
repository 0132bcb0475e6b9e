import { encodeCustomId } from '../framework/customId.js';

// The custom ids of quiz messages, in one place: `<feature>:<action>:<owner>:<quiz key>:...`.
// The quiz key is the quiz id in 22 characters (quizKey.ts); question ids are the bank's.

/** Answer buttons and menu of a group question: anyone in the channel may answer. */
export function groupAnswerIds(key: string, questionId: string) {
  return {
    button: (choiceId: string) =>
      encodeCustomId({ feature: 'quiz', action: 'answer', args: [key, questionId, choiceId] }),
    select: encodeCustomId({ feature: 'quiz', action: 'pick', args: [key, questionId] }),
  };
}

/** The Report button under a revealed question, usable by anyone who saw it. */
export function reportButtonId(key: string, questionId: string): string {
  return encodeCustomId({ feature: 'quiz', action: 'report', args: [key, questionId] });
}

/** The report form, for the person who opened it. */
export function reportModalId(owner: string, key: string, questionId: string): string {
  return encodeCustomId({ feature: 'quiz', action: 'report', owner, args: [key, questionId] });
}

/** A solo quiz's controls: only its owner can use them. */
export function soloId(
  feature: 'practice' | 'mock',
  action: string,
  owner: string,
  key: string,
  ...rest: string[]
): string {
  return encodeCustomId({ feature, action, owner, args: [key, ...rest] });
}

/** Answer buttons and menu of a practice or mock question. */
export function soloAnswerIds(
  feature: 'practice' | 'mock',
  owner: string,
  key: string,
  questionId: string,
) {
  return {
    button: (choiceId: string) => soloId(feature, 'answer', owner, key, questionId, choiceId),
    select: soloId(feature, 'pick', owner, key, questionId),
  };
}
