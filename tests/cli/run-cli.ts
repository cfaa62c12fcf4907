// Spawns the real command line (`node cli/koppelkans.mjs ...`) as a user would.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('../../', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath, ['cli/koppelkans.mjs', ...args],
      // LANG=C: no locale preference, so the defaults under test are the program's own.
      { cwd: repo, env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', KOPPELKANS_DEBUG: '', ...env }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A stack trace line as Node prints them. */
export const stackLine = /^\s+at .+\(.*:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;
