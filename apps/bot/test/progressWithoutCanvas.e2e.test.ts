import { describe, expect, it, vi } from 'vitest';
import { APOLOGY } from '../src/framework/describeFailure.js';
import { EPHEMERAL, parsedLogs, startTestBot } from './harness.js';

// @napi-rs/canvas fails to load, as it does when its native binary is missing for the platform.
// The charts import it at the first render, so the bot starts all the same.
vi.mock('@napi-rs/canvas', () => {
  throw new Error('Cannot find native binding for @napi-rs/canvas');
});

describe('/progress when @napi-rs/canvas cannot be loaded', () => {
  it('starts, answers /progress with the short apology every time and logs it, and serves the other commands', async () => {
    const { ana, logLines } = await startTestBot();
    for (let attempt = 0; attempt < 2; attempt++) {
      const reply = await (await ana.runCommand('progress')).waitForReply();
      expect(reply.content).toBe(APOLOGY);
      expect(reply.flags! & EPHEMERAL).toBe(EPHEMERAL);
      expect(reply.attachments).toHaveLength(0);
    }
    const failures = parsedLogs(logLines).filter((l) => l.msg === 'interaction failed');
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatchObject({ command: 'progress', userId: ana.id, level: 50 });

    const help = await (await ana.runCommand('help')).waitForReply();
    expect(help.embeds[0]?.title).toBe('certpace commands');
  });
});
