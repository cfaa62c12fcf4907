// Handing planning requests to threads: each thread takes the next request as soon as it has
// answered its last, so a thread that the machine slows down takes fewer. The threads themselves
// (worker_threads, Web Workers) are the caller's; here only the order of hand-over.
import type { PlanReply, PlanRequest } from './plan-jobs';

/** One planning thread: answers one request at a time. */
export type PlanThread = (request: PlanRequest) => Promise<PlanReply>;

/** Every request answered, replies in request order; the first failure rejects. */
export async function dispatchPlans(threads: readonly PlanThread[], requests: readonly PlanRequest[]): Promise<PlanReply[]> {
  const replies: PlanReply[] = new Array(requests.length);
  let next = 0;
  const drain = async (thread: PlanThread): Promise<void> => {
    while (next < requests.length) {
      const i = next++;
      replies[i] = await thread(requests[i]!);
    }
  };
  await Promise.all(threads.map(drain));
  return replies;
}
