// `npm start`: builds the page and the shell and opens the desktop app. Where the Electron binary
// is not on this machine (it is downloaded on first use, which fails offline), it says so in one
// message, names `npm run web` as the alternative, and shows the bundled example's results from
// the command line instead, exiting with that command's status.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronPkg = path.join(root, 'node_modules', 'electron');

const platformExecutable = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
}[process.platform] ?? 'electron';

/** The Electron executable if it is really there. Deliberately not require('electron'): that
 *  starts a download when the binary is missing. */
export function findElectron(env = process.env) {
  let executable = platformExecutable;
  try {
    executable = fs.readFileSync(path.join(electronPkg, 'path.txt'), 'utf8').trim() || executable;
  } catch {
    // No path.txt: the postinstall download never finished.
  }
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronPkg, 'dist');
  const full = path.join(dist, executable);
  return fs.existsSync(full) ? full : null;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return r.status ?? 1;
}

function npmScriptExists(name) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return typeof pkg.scripts?.[name] === 'string';
}

export async function main() {
  const electron = findElectron();
  if (electron === null) {
    console.log(
      'Koppelkans: the desktop window cannot open because the Electron program is not installed on this ' +
        'machine (it is downloaded on first use, which needs the internet). Run `npm run web` to use the ' +
        'workbench in your browser instead. Here are the results of the bundled example from the command line:\n',
    );
    return run(process.execPath, [path.join(root, 'cli', 'koppelkans.mjs'), 'compute', path.join('scenarios', 'vier-testwijken.xlsx')]);
  }
  if (npmScriptExists('build:web')) {
    const status = run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build:web']);
    if (status !== 0) {
      console.error('Koppelkans: building the interface failed (see above).');
      return status;
    }
  }
  const { buildShell } = await import('./build.mjs');
  await buildShell();
  return run(electron, [root, ...process.argv.slice(2)]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (status) => process.exit(status),
    (e) => {
      // One line, no stack trace: this is what a user sees after `npm start`.
      console.error(`Koppelkans could not start: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    },
  );
}
