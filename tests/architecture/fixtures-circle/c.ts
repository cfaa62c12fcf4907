import type { A } from './a';
export interface C { a?: A }
