// main()'s mapping of failures to exit statuses, in process: an internal error is exit 1 with a
// message and no stack (the stack only with KOPPELKANS_DEBUG).
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import type { Output } from '../../cli/io';
import { stackLine } from './run-cli';

function recording(failStdout: boolean): Output & { err: string[]; out: string[] } {
  const err: string[] = [];
  const out: string[] = [];
  return {
    err, out,
    stdout: (s) => {
      if (failStdout) throw new Error('stdout closed');
      out.push(s);
    },
    stderr: (s) => err.push(s),
  };
}

describe('main', () => {
  it('an internal error exits 1 with its message and no stack trace', async () => {
    const io = recording(true);
    const code = await main(['--version', '--lang', 'en'], io);
    expect(code).toBe(1);
    const text = io.err.join('\n');
    expect(text).toContain('Internal error: stdout closed');
    expect(text).not.toMatch(stackLine);
  });

  it('a usage error exits 2 in the chosen language', async () => {
    const io = recording(false);
    expect(await main(['--lang', 'nl'], io)).toBe(2);
    expect(io.err.join('\n')).toContain('Geef een opdracht');
  });
});
