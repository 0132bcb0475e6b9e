import { describe, expect, it } from 'vitest';
import { helpLines } from './help.js';
import { commands } from './index.js';

describe('/help', () => {
  it('describes every command and subcommand of the list, with its options', () => {
    const lines = helpLines(commands.commands);
    expect(lines.slice(0, 1)).toEqual(['`/help` What each certpace command does']);
    expect(lines).toContain(
      '`/exam list` The shipped exams, retired ones marked, the default for new plans shown',
    );
    expect(lines).toContain(
      "`/exam info [exam]` One exam's domains and weights, timing, pass mark and question counts",
    );
    expect(lines).toContain(
      '`/plan create <exam-date> <minutes> [exam] [days] [timezone]` Make a study plan toward your exam date',
    );
    expect(lines).toContain(
      '`/leaderboard [period]` Group-quiz points in this server: this week, this month or all time *(in a server)*',
    );
    for (const command of commands.commands) {
      expect(lines.some((line) => line.startsWith(`\`/${command.name}`))).toBe(true);
    }
  });
});
