export { mapQuestionsTo } from './mapQuestionsTo.js';
export { mergeQuestionBanks } from './mergeQuestionBanks.js';
export { DEFAULT_DOCS_HOSTS } from './officialDocs.js';
export { parseQuestionBank } from './parseQuestionBank.js';
export { QuestionBankError } from './QuestionBankError.js';
export type * from './types.js';
