import { describe, expect, it } from 'vitest';
import { helpLines } from './help.js';
import { commands } from './index.js';

describe('/help', () => {
  it('describes every command and subcommand of the list, with its options', () => {
    const lines = helpLines(commands.commands);
    expect(lines).toEqual([
      '`/help` What each certpace command does',
      '`/exam list` The shipped exams, retired ones marked, the default for new plans shown',
      "`/exam info [exam]` One exam's domains and weights, timing, pass mark and question counts",
    ]);
  });
});
