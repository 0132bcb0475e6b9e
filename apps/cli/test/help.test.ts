import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/index.js';
import { runCli } from '../src/main.js';
import { certpace, scratchFolder } from './support/certpace.js';

async function inProcess(
  args: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => {
    out += c;
  });
  stderr.on('data', (c) => {
    err += c;
  });
  const code = await runCli(args, {
    stdin: new PassThrough(),
    stdout,
    stderr,
    env: { NO_COLOR: '1' },
    signal: new AbortController().signal,
    interrupt: () => undefined,
  });
  return { code, stdout: out, stderr: err };
}

describe('help', () => {
  it('lists every command in certpace --help, from the built program', async () => {
    const folder = scratchFolder();
    try {
      const overview = await certpace(folder.dir, ['--help']);
      expect(overview.code).toBe(0);
      for (const command of COMMANDS)
        expect(overview.stdout).toMatch(new RegExp(`^ {2}${command.name} {2,}\\S`, 'm'));
      const version = await certpace(folder.dir, ['--version']);
      expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    } finally {
      folder.remove();
    }
  });

  it.each(COMMANDS.map((c) => [c.name]))(
    'answers certpace %s --help with its usage, options and examples',
    async (name) => {
      const help = await inProcess([...name.split(' '), '--help']);
      expect(help.stderr).toBe('');
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: certpace ${name}`);
      expect(help.stdout).toContain('--user <name>');
      expect(help.stdout).toMatch(/Examples:\n {2}certpace /);
    },
  );
});

describe('output into a pipe', () => {
  it('ends quietly when the reader closes early, as `certpace plan create ... | head -1` does', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN, NOW } = await import('./support/certpace.js');
    const folder = scratchFolder();
    try {
      const args = [
        'plan',
        'create',
        '--exam',
        'AI-103',
        '--exam-date',
        '2027-03-15',
        '--minutes',
        '60',
      ];
      const child = spawn(process.execPath, [BIN, ...args], {
        env: { ...process.env, CERTPACE_DATA_DIR: folder.dir, CERTPACE_NOW: NOW, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (c) => {
        stderr += c;
      });
      // The reader goes away before the output is written, like `head` after its line.
      child.stdout.destroy();
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(stderr).not.toMatch(/EPIPE|Error/);
      expect(code).toBe(0);
    } finally {
      folder.remove();
    }
  });
});
