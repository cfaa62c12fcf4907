// One side of a three-file circle the circle detector must find.
import type { B } from './b';
export interface A { b?: B }
