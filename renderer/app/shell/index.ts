// Picks the shell: the desktop preload's API when it is there, the browser fallbacks otherwise.
import type { ShellApi } from '../../../engine/shell-api';
import { browserShell } from './browser';
import { desktopShell } from './desktop';
import type { Shell } from './types';

export type { Shell } from './types';

declare global {
  interface Window {
    koppelkans?: ShellApi;
  }
}

export function detectShell(): Shell {
  return typeof window !== 'undefined' && window.koppelkans ? desktopShell(window.koppelkans) : browserShell();
}
