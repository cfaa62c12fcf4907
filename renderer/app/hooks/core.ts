// What every workbench hook shares: the documents' state with its reducer, the interface language and
// the status line.
import type { Dispatch, MutableRefObject } from 'react';
import type { I18n } from '../i18n';
import type { Action, AppState } from '../state/documents';

export interface Core {
  state: AppState;
  dispatch: Dispatch<Action>;
  /** The state as of the last render, read by callbacks that are not rebuilt on every edit. */
  stateRef: MutableRefObject<AppState>;
  i18n: I18n;
  setNotice: (text: string) => void;
}

/** The same bytes typed as the shell API wants them (an ArrayBuffer-backed view, no copy). */
export const bufferView = (b: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(b.buffer as ArrayBuffer, b.byteOffset, b.byteLength);
