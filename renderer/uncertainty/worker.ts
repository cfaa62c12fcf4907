// The sensitivity worker: runs engine/uncertainty's host off the interface thread. Between time
// slices it yields through a MessageChannel (a zero timeout is clamped to 4 ms when nested), which
// lets a `cancel` message in.
// zod must go jitless before any schema is built, or its eval probe breaks the page's CSP.
import '../zod-jitless';
import { createSensitivityHost, type FromWorker, type ToWorker } from '../../engine/uncertainty/protocol';

const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const yieldNow = () => new Promise<void>((resolve) => {
  waiting.push(resolve);
  channel.port2.postMessage(null);
});

const scope = self as unknown as { postMessage(m: FromWorker): void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
const host = createSensitivityHost((m) => scope.postMessage(m), { yieldNow });
scope.onmessage = (e) => void host.handle(e.data);
