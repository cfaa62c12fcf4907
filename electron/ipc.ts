// Every message between renderer and main goes through here: its sender is checked (the main
// window's top frame, loaded from app://koppelkans) and its arguments and answer are validated
// with the zod schemas of engine/shell-api. A message that fails either check is refused and
// reported, and the handler never runs.
import { z } from 'zod';
import {
  autosaveSchema,
  externalUrlSchema,
  openedFileSchema,
  saveRequestSchema,
  saveResultSchema,
  windowStateSchema,
} from '../engine/shell-api';

const pathArg = z.string().min(1).max(4096);
const nameArg = z.string().min(1).max(255);

/** Request/answer channels (ipcRenderer.invoke). */
export const invokeChannels = {
  'koppelkans:openFile': { args: z.tuple([]), result: openedFileSchema.nullable() },
  'koppelkans:openDropped': { args: z.tuple([pathArg]), result: openedFileSchema.nullable() },
  'koppelkans:save': { args: z.tuple([saveRequestSchema]), result: saveResultSchema },
  'koppelkans:recentFiles': { args: z.tuple([]), result: z.array(z.string()) },
  'koppelkans:openRecent': { args: z.tuple([pathArg]), result: openedFileSchema.nullable() },
  'koppelkans:autosave': { args: z.tuple([autosaveSchema]), result: z.void() },
  'koppelkans:takeRecovery': { args: z.tuple([]), result: z.string().nullable() },
  'koppelkans:printToPdf': { args: z.tuple([nameArg]), result: saveResultSchema },
  'koppelkans:openExternal': { args: z.tuple([externalUrlSchema]), result: z.void() },
} as const;

/** One-way channels (ipcRenderer.send). */
export const sendChannels = {
  'koppelkans:setWindowState': { args: z.tuple([windowStateSchema]) },
} as const;

/** Main to renderer. */
export const MENU_CHANNEL = 'koppelkans:menu';
export const OPEN_FILE_CHANNEL = 'koppelkans:openFilePushed';

export type InvokeChannel = keyof typeof invokeChannels;
export type SendChannel = keyof typeof sendChannels;

type ArgsOf<S> = S extends { args: z.ZodType<infer A> } ? A : never;
type ResultOf<S> = S extends { result: z.ZodType<infer R> } ? R : never;

export type InvokeHandlers = {
  [C in InvokeChannel]: (...args: ArgsOf<(typeof invokeChannels)[C]> & unknown[]) => Promise<ResultOf<(typeof invokeChannels)[C]>>;
};
export type SendHandlers = {
  [C in SendChannel]: (...args: ArgsOf<(typeof sendChannels)[C]> & unknown[]) => void;
};

/** What Electron's IpcMainInvokeEvent / IpcMainEvent carry that the check needs. */
export interface IpcEventLike {
  sender: unknown;
  senderFrame: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => void): void;
}

export interface Rejection {
  channel: string;
  reason: 'sender' | 'arguments' | 'answer';
  detail: string;
}

export class IpcRejected extends Error {
  override name = 'IpcRejected';
}

/** The trusted origin's page: a top frame of the main window on app://koppelkans. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'koppelkans';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

export interface TrustedContents {
  /** The main window's webContents (null before it exists or after it closed). */
  current(): { mainFrame: unknown } | null;
}

export function isTrustedSender(event: IpcEventLike, trusted: TrustedContents): boolean {
  const contents = trusted.current();
  if (contents === null || event.sender !== contents) return false;
  const frame = event.senderFrame;
  // Only the top frame: an iframe inside the page (there should be none) gets no API.
  if (frame === null || frame !== contents.mainFrame) return false;
  return isAppUrl(frame.url);
}

export function registerIpc(
  ipc: IpcMainLike,
  trusted: TrustedContents,
  invoke: InvokeHandlers,
  send: SendHandlers,
  onRejected: (r: Rejection) => void,
): void {
  for (const channel of Object.keys(invokeChannels) as InvokeChannel[]) {
    const spec = invokeChannels[channel];
    const handler = invoke[channel] as (...a: unknown[]) => Promise<unknown>;
    ipc.handle(channel, async (event, ...args) => {
      if (!isTrustedSender(event, trusted)) {
        onRejected({ channel, reason: 'sender', detail: event.senderFrame?.url ?? '(no frame)' });
        throw new IpcRejected(`${channel}: refused, message from a foreign sender`);
      }
      const parsed = spec.args.safeParse(args);
      if (!parsed.success) {
        onRejected({ channel, reason: 'arguments', detail: parsed.error.message });
        throw new IpcRejected(`${channel}: refused, malformed message`);
      }
      const answer = await handler(...(parsed.data as unknown[]));
      const checked = spec.result.safeParse(answer);
      if (!checked.success) {
        onRejected({ channel, reason: 'answer', detail: checked.error.message });
        throw new IpcRejected(`${channel}: internal error, malformed answer`);
      }
      return checked.data;
    });
  }
  for (const channel of Object.keys(sendChannels) as SendChannel[]) {
    const spec = sendChannels[channel];
    const handler = send[channel] as (...a: unknown[]) => void;
    ipc.on(channel, (event, ...args) => {
      if (!isTrustedSender(event, trusted)) {
        onRejected({ channel, reason: 'sender', detail: event.senderFrame?.url ?? '(no frame)' });
        return;
      }
      const parsed = spec.args.safeParse(args);
      if (!parsed.success) {
        onRejected({ channel, reason: 'arguments', detail: parsed.error.message });
        return;
      }
      handler(...(parsed.data as unknown[]));
    });
  }
}
