export { banksFolder } from './banksFolder.js';
export { type LoadQuestionBankOptions, loadQuestionBank } from './loadQuestionBank.js';
export { type LoadQuestionBankFileOptions, loadQuestionBankFile } from './loadQuestionBankFile.js';
export { type ShippedBankSummary, shippedBanks } from './shippedBanks.js';
