import { createCommandList } from '../framework/commandList.js';
import { exam } from './exam.js';
import { help } from './help.js';

/**
 * Every slash command of the bot, built once from the files beside this
 * one; registration and dispatch both read this list. A new command is one
 * new file here and one entry below.
 */
export const commands = createCommandList([help, exam]);
