// Where the time of a worker job goes, as User Timing measures on the page ("kk:<job>.<phase>"):
// the work in the worker, the hand-over to the page (serialising in the worker, the copy,
// deserialising on the page) and decoding on the page. The worker stamps wall-clock times
// (timeOrigin + now), which the page turns into its own clock, so a profiler and `npm run bench:ui`
// see the phases on one timeline.

/** Wall-clock milliseconds, comparable between the page and a worker. */
export const wallNow = (): number => performance.timeOrigin + performance.now();

/** When a job's work started and ended in the worker, and when its answer was posted. */
export interface WorkerTimes { start: number; end: number; posted: number }

const toPage = (wall: number): number => wall - performance.timeOrigin;

/** Records a phase on the page's clock. */
export function measure(name: string, start: number, end: number): void {
  try {
    performance.measure(`kk:${name}`, { start, end: Math.max(start, end) });
  } catch {
    // A clock step between threads can put a start before the page's origin: nothing to record.
  }
}

/** Records a job's phases as measures once its answer has arrived on the page; `after` names the
 *  parts (in order, milliseconds) of the worker's time between its work and posting. */
export function recordWorkerTimes(job: string, at: WorkerTimes | undefined, received: number, after?: Record<string, number>): void {
  if (!at) return;
  measure(`${job}.worker`, toPage(at.start), toPage(at.end));
  let t = toPage(at.end);
  for (const [name, ms] of Object.entries(after ?? {})) {
    measure(`${job}.${name}`, t, t + ms);
    t += ms;
  }
  if (!after) measure(`${job}.encode`, t, toPage(at.posted));
  measure(`${job}.handover`, toPage(at.posted), received);
}

/** Records a phase that ran on the page from `start` until now. */
export function recordSince(name: string, start: number): void {
  measure(name, start, performance.now());
}
