// Maps a failed write to a message that says what happened and what to do. Windows reports a file
// that Excel holds open as EBUSY or EPERM; POSIX reports a read-only folder as EACCES or EROFS.
import * as path from 'node:path';
import type { Lang } from '../engine/i18n/index';
import type { SaveResult } from '../engine/shell-api';
import { errorCode } from './fs-port';
import { msg } from './messages';

export function saveProblemKey(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EROFS':
      return 'shell.save.readOnly';
    case 'EBUSY':
    case 'EPERM':
    case 'ETXTBSY':
      return 'shell.save.locked';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'shell.save.full';
    default:
      return 'shell.save.other';
  }
}

export function saveFailure(lang: Lang, target: string, e: unknown): SaveResult {
  const code = errorCode(e) ?? 'EUNKNOWN';
  const message = msg(lang, saveProblemKey(code), {
    name: path.basename(target),
    folder: path.dirname(target),
    code,
  });
  return { ok: false, cancelled: false, code, message };
}
