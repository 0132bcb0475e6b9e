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
