// IPC checks: messages from a foreign sender or with malformed arguments are refused before any
// handler runs; the preload API exposes exactly the ShellApi and validates both directions.
import { describe, expect, it } from 'vitest';
import {
  invokeChannels,
  isAppUrl,
  MENU_CHANNEL,
  OPEN_FILE_CHANNEL,
  registerIpc,
  sendChannels,
  type IpcEventLike,
  type IpcMainLike,
  type InvokeHandlers,
  type Rejection,
} from '../../electron/ipc';
import { createShellApi, type IpcRendererLike } from '../../electron/preload-api';

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown;

function harness() {
  const handlers = new Map<string, Listener>();
  const ipc: IpcMainLike = {
    handle: (ch, l) => void handlers.set(ch, l),
    on: (ch, l) => void handlers.set(ch, l),
  };
  const mainFrame = { url: 'app://koppelkans/index.html' };
  const contents = { mainFrame };
  const calls: string[] = [];
  const rejections: Rejection[] = [];
  const invoke = Object.fromEntries(
    Object.keys(invokeChannels).map((ch) => [
      ch,
      async (...args: unknown[]) => {
        calls.push(`${ch} ${JSON.stringify(args)}`);
        if (ch === 'koppelkans:recentFiles') return ['/tmp/a.xlsx'];
        if (ch === 'koppelkans:save') return { ok: true, path: '/tmp/a.xlsx' };
        if (ch === 'koppelkans:printToPdf') return { ok: false, cancelled: true };
        if (ch === 'koppelkans:takeRecovery') return null;
        if (ch === 'koppelkans:openFile' || ch === 'koppelkans:openDropped' || ch === 'koppelkans:openRecent') return null;
        return undefined;
      },
    ]),
  ) as unknown as InvokeHandlers;
  registerIpc(
    ipc,
    { current: () => contents },
    invoke,
    { 'koppelkans:setWindowState': (s) => void calls.push(`setWindowState ${JSON.stringify(s)}`) },
    (r) => rejections.push(r),
  );
  const trusted: IpcEventLike = { sender: contents, senderFrame: mainFrame };
  const call = (ch: string, event: IpcEventLike, ...args: unknown[]) => {
    const l = handlers.get(ch);
    if (!l) throw new Error(`no handler for ${ch}`);
    return l(event, ...args);
  };
  return { handlers, calls, rejections, trusted, contents, mainFrame, call };
}

const pdf = new Uint8Array([1, 2, 3]);

describe('IPC validation in the main process', () => {
  it('registers every channel of the API', () => {
    const h = harness();
    expect([...h.handlers.keys()].sort()).toEqual([...Object.keys(invokeChannels), ...Object.keys(sendChannels)].sort());
  });

  it('passes well-formed messages from the main window to the handler', async () => {
    const h = harness();
    await expect(h.call('koppelkans:recentFiles', h.trusted)).resolves.toEqual(['/tmp/a.xlsx']);
    const req = { path: '/tmp/a.xlsx', suggestedName: 'a.xlsx', bytes: pdf, kind: 'scenario' };
    await expect(h.call('koppelkans:save', h.trusted, req)).resolves.toEqual({ ok: true, path: '/tmp/a.xlsx' });
    h.call('koppelkans:setWindowState', h.trusted, { title: 'Wijk', dirty: true, lang: 'nl' });
    expect(h.calls).toHaveLength(3);
    expect(h.rejections).toEqual([]);
  });

  const malformed: [string, unknown[]][] = [
    ['koppelkans:save', [{ suggestedName: 'a.xlsx', bytes: 'not bytes', kind: 'scenario' }]],
    ['koppelkans:save', [{ suggestedName: 'a.xlsx', bytes: pdf, kind: 'exe' }]],
    ['koppelkans:save', [{ suggestedName: '', bytes: pdf, kind: 'scenario' }]],
    ['koppelkans:save', []],
    ['koppelkans:openRecent', [42]],
    ['koppelkans:openDropped', ['']],
    ['koppelkans:openExternal', ['javascript alert(1)']],
    ['koppelkans:autosave', [{ workspace: '{}' }]],
    ['koppelkans:printToPdf', ['x'.repeat(300)]],
    ['koppelkans:recentFiles', ['unexpected']],
  ];
  for (const [channel, args] of malformed) {
    it(`refuses a malformed ${channel} ${JSON.stringify(args).slice(0, 60)}`, async () => {
      const h = harness();
      await expect(h.call(channel, h.trusted, ...args)).rejects.toThrow(/malformed message/);
      expect(h.calls).toEqual([]);
      expect(h.rejections).toMatchObject([{ channel, reason: 'arguments' }]);
    });
  }

  it('drops a malformed one-way message silently but reports it', () => {
    const h = harness();
    h.call('koppelkans:setWindowState', h.trusted, { title: 5, dirty: 'yes' });
    expect(h.calls).toEqual([]);
    expect(h.rejections).toMatchObject([{ reason: 'arguments' }]);
  });

  it('refuses messages from a foreign sender', async () => {
    const h = harness();
    const foreign: [string, IpcEventLike][] = [
      ['another webContents', { sender: {}, senderFrame: h.mainFrame }],
      ['a subframe of the window', { sender: h.contents, senderFrame: { url: 'app://koppelkans/index.html' } }],
      ['no frame', { sender: h.contents, senderFrame: null }],
    ];
    for (const [, event] of foreign) {
      await expect(h.call('koppelkans:openFile', event)).rejects.toThrow(/foreign sender/);
    }
    // The window's own frame after it navigated somewhere else (if a guard ever failed).
    h.mainFrame.url = 'https://evil.example/';
    await expect(h.call('koppelkans:openFile', h.trusted)).rejects.toThrow(/foreign sender/);
    h.mainFrame.url = 'file:///etc/passwd';
    h.call('koppelkans:setWindowState', h.trusted, { title: 'x', dirty: false });
    expect(h.calls).toEqual([]);
    expect(h.rejections.map((r) => r.reason)).toEqual(['sender', 'sender', 'sender', 'sender', 'sender']);
  });

  it('checks the answer too', async () => {
    const handlers = new Map<string, Listener>();
    const frame = { url: 'app://koppelkans/' };
    const contents = { mainFrame: frame };
    const bad = Object.fromEntries(Object.keys(invokeChannels).map((c) => [c, async () => ({ not: 'valid' })])) as unknown as InvokeHandlers;
    const rejections: Rejection[] = [];
    registerIpc({ handle: (c, l) => void handlers.set(c, l), on: (c, l) => void handlers.set(c, l) }, { current: () => contents }, bad, { 'koppelkans:setWindowState': () => undefined }, (r) => rejections.push(r));
    await expect(handlers.get('koppelkans:recentFiles')!({ sender: contents, senderFrame: frame })).rejects.toThrow(/malformed answer/);
    expect(rejections[0]?.reason).toBe('answer');
  });

  it('isAppUrl accepts only app://koppelkans', () => {
    expect(isAppUrl('app://koppelkans/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@koppelkans/')).toBe(false);
    expect(isAppUrl('https://koppelkans/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('the preload API', () => {
  function fakeRenderer() {
    const sent: [string, unknown[]][] = [];
    const listeners = new Map<string, ((e: unknown, ...a: unknown[]) => void)[]>();
    const ipc: IpcRendererLike = {
      invoke: async (ch, ...args) => {
        sent.push([ch, args]);
        return null;
      },
      send: (ch, ...args) => void sent.push([ch, args]),
      on: (ch, l) => void listeners.set(ch, [...(listeners.get(ch) ?? []), l]),
      removeListener: (ch, l) => void listeners.set(ch, (listeners.get(ch) ?? []).filter((x) => x !== l)),
    };
    const emit = (ch: string, ...args: unknown[]) => (listeners.get(ch) ?? []).forEach((l) => l({}, ...args));
    return { ipc, sent, emit, listeners };
  }

  it('exposes exactly the ShellApi methods, all functions', () => {
    const api = createShellApi(fakeRenderer().ipc, () => '');
    expect(Object.keys(api).sort()).toEqual(
      ['autosave', 'onMenu', 'onOpenFile', 'openDropped', 'openExternal', 'openFile', 'openRecent', 'printToPdf', 'recentFiles', 'save', 'setWindowState', 'takeRecovery'].sort(),
    );
    for (const v of Object.values(api)) expect(typeof v).toBe('function');
  });

  it('validates outgoing messages before sending', async () => {
    const r = fakeRenderer();
    const api = createShellApi(r.ipc, () => '');
    expect(() => api.save({ suggestedName: 'a.xlsx', bytes: 'x' as unknown as Uint8Array<ArrayBuffer>, kind: 'scenario' })).toThrow();
    expect(() => api.setWindowState({ title: 'x', dirty: 'no' as unknown as boolean })).toThrow();
    expect(() => api.openExternal('no url')).toThrow();
    expect(r.sent).toEqual([]);
  });

  it('a dropped file is opened by the path the preload resolves', async () => {
    const r = fakeRenderer();
    const api = createShellApi(r.ipc, () => '/home/u/wijk.xlsx');
    await api.openDropped({} as File);
    expect(r.sent).toEqual([['koppelkans:openDropped', ['/home/u/wijk.xlsx']]]);
    const noPath = createShellApi(fakeRenderer().ipc, () => '');
    expect(await noPath.openDropped({} as File)).toBeNull();
  });

  it('passes only valid menu commands to the page, and unsubscribes', () => {
    const r = fakeRenderer();
    const api = createShellApi(r.ipc, () => '');
    const got: string[] = [];
    const off = api.onMenu((c) => got.push(c));
    r.emit(MENU_CHANNEL, 'save');
    r.emit(MENU_CHANNEL, 'rm -rf');
    r.emit(MENU_CHANNEL, 'present');
    r.emit(MENU_CHANNEL, 'exportResultsFormulas');
    r.emit(MENU_CHANNEL, 'exportResultsXml');
    r.emit(MENU_CHANNEL, { cmd: 'exportResults' });
    off();
    r.emit(MENU_CHANNEL, 'undo');
    expect(got).toEqual(['save', 'present', 'exportResultsFormulas']);
  });

  it('queues files opened before the page listens', () => {
    const r = fakeRenderer();
    const api = createShellApi(r.ipc, () => '');
    const file = { path: '/x/a.xlsx', name: 'a.xlsx', bytes: new Uint8Array([80, 75]) };
    r.emit(OPEN_FILE_CHANNEL, file);
    r.emit(OPEN_FILE_CHANNEL, { path: '', name: 'bad' });
    const got: string[] = [];
    api.onOpenFile!((f) => got.push(f.name));
    r.emit(OPEN_FILE_CHANNEL, { ...file, name: 'b.xlsx' });
    expect(got).toEqual(['a.xlsx', 'b.xlsx']);
  });
});
