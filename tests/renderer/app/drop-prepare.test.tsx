// @vitest-environment jsdom
// A file dragged over the window readies the reader, as opening the Open dialog does: its worker
// (and, in the worker, the planning pool) starts loading before the file is dropped.
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App';
import { readScenarioBytes } from '../../../renderer/app/compute/engine';
import type { Reader } from '../../../renderer/app/compute/jobs';
import { browserShell } from '../../../renderer/app/shell/browser';
import { installResizeObserver } from '../dashboard/setup-dom';

// The browser's own shell: nothing here opens a dialog or stores a file.
const shell = browserShell();

beforeAll(() => installResizeObserver());
afterEach(cleanup);

const dragOver = (types: string[]) => {
  const e = new Event('dragover', { cancelable: true });
  Object.defineProperty(e, 'dataTransfer', { value: { types, files: [] } });
  act(() => { window.dispatchEvent(e); });
};

describe('a file dragged over the window', () => {
  it('readies the reader; a drag of anything else does not', () => {
    let prepared = 0;
    const reader: Reader = Object.assign((bytes: Uint8Array) => Promise.resolve(readScenarioBytes(bytes)), { prepare: () => { prepared += 1; } });
    render(<App shell={shell} initialLang="nl" reader={reader} loadExample={async () => null} />);
    dragOver(['text/plain']);
    expect(prepared).toBe(0);
    dragOver(['Files']);
    expect(prepared).toBe(1);
  });
});
