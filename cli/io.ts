// File and console access for the commands: the only Node-specific part besides main's process
// handling. File errors become CliErrors (the user's problem, exit 2), named by their errno code.
import { readFile, writeFile } from 'node:fs/promises';
import { CliError } from './errors';

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processOutput: Output = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

const reason = (e: unknown): string =>
  (e as NodeJS.ErrnoException)?.code ?? (e instanceof Error ? e.message : String(e));

export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const buf = await readFile(path);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (e) {
    throw new CliError('cli.error.read', { path, reason: reason(e) });
  }
}

export async function writeBytes(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch (e) {
    throw new CliError('cli.error.write', { path, reason: reason(e) });
  }
}
