// The planning thread from the TypeScript sources (no cli/dist bundle, or tests): tsx's loader is
// registered per thread, so this thread registers it before loading the thread's code.
const { register } = await import('tsx/esm/api');
register();
await import('./plan-thread.ts');
