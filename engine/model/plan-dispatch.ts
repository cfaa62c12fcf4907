// Handing planning requests to threads: all at once, request i to thread i mod n, so every thread
// has its work queued before the caller goes on with its own (the caller's thread does not come
// back to hand out more until it awaits the answers). planRequests balanced the requests' weight.
// The threads themselves (worker_threads, Web Workers) are the caller's.
import type { PlanReply, PlanRequest } from './plan-jobs';

/** One planning thread: answers its requests in the order it gets them. */
export type PlanThread = (request: PlanRequest) => Promise<PlanReply>;

/** Every request answered, replies in request order; the first failure rejects. */
export function dispatchPlans(threads: readonly PlanThread[], requests: readonly PlanRequest[]): Promise<PlanReply[]> {
  if (threads.length === 0) return Promise.reject(new Error('no planning threads'));
  return Promise.all(requests.map((r, i) => threads[i % threads.length]!(r)));
}
