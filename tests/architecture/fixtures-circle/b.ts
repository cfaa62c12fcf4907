import type { C } from './c';
export interface B { c?: C }
