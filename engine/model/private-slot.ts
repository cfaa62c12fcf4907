// Values kept on objects in private fields: like a WeakMap entry such a field is invisible to JSON,
// structuredClone, spreading, key listings and test equality, but it is an ordinary slot of the
// object. A WeakMap of the tens of thousands of projects or works of a city compute cost more to
// fill and read than building what it held, and the garbage collector traces such entries one by
// one (ephemerons). A subclass of Stamped adds its private field to any object it is given (the
// base constructor returns that object); each user declares its own subclass at module level.
export class Stamped {
  constructor(target: object) {
    return target;
  }
}
