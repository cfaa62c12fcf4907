// The restricted mathjs instance for variant expressions. It is built from the minimal set of
// functions the method allows (MODEL.md "Neighbourhood differentiation"), never from `all`, so
// units, matrices, strings, symbolic algebra and the parser's own functions do not exist in it.
// The functions that can change or re-enter the instance are then replaced by ones that throw,
// as the mathjs security guide advises. The factories come from mathjs's number-only entry: with
// plain numbers the only type, BigNumber, Complex, Fraction and matrices are not even loaded (a
// complex result such as (-8)^(1/3) is NaN, refused like any non-finite value), and the bundled
// command line starts about 0.2 s sooner than with the factories of the full entry.
// Expressions are never evaluated by mathjs itself: the compiler (./compile) walks the parsed
// tree, accepts only whitelisted nodes and calls the functions captured below, so a user's text
// can reach nothing else.
import {
  create,
  parseDependencies,
  addDependencies,
  subtractDependencies,
  multiplyDependencies,
  divideDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  powDependencies,
  modDependencies,
  equalDependencies,
  unequalDependencies,
  smallerDependencies,
  smallerEqDependencies,
  largerDependencies,
  largerEqDependencies,
  andDependencies,
  orDependencies,
  notDependencies,
  xorDependencies,
  minDependencies,
  maxDependencies,
  roundDependencies,
  floorDependencies,
  ceilDependencies,
  absDependencies,
  type FactoryFunctionMap,
  type MathNode,
} from 'mathjs/number';

// mathjs types every *Dependencies export as possibly undefined; they exist in 15.x.
function present(deps: Record<string, FactoryFunctionMap | undefined>): FactoryFunctionMap {
  for (const [k, v] of Object.entries(deps)) if (!v) throw new Error(`mathjs lacks ${k}`);
  return deps as FactoryFunctionMap;
}

const math = create(
  present({
    parseDependencies, addDependencies, subtractDependencies, multiplyDependencies,
    divideDependencies, unaryMinusDependencies, unaryPlusDependencies, powDependencies,
    modDependencies, equalDependencies, unequalDependencies, smallerDependencies,
    smallerEqDependencies, largerDependencies, largerEqDependencies, andDependencies,
    orDependencies, notDependencies, xorDependencies, minDependencies, maxDependencies,
    roundDependencies, floorDependencies, ceilDependencies, absDependencies,
  }),
  { number: 'number' },
);

type Fn = (...args: unknown[]) => unknown;

// Captured before the instance is locked: mathjs creates functions lazily on first access, and
// these references stay valid after the overrides below.
const parseFn = math.parse as unknown as (text: string) => MathNode;

/** Operators allowed in expressions, by mathjs operator function name. */
export const operatorFns: Readonly<Record<string, Fn>> = Object.freeze({
  add: math.add as Fn,
  subtract: math.subtract as Fn,
  multiply: math.multiply as Fn,
  divide: math.divide as Fn,
  unaryMinus: math.unaryMinus as Fn,
  unaryPlus: math.unaryPlus as Fn,
  pow: math.pow as Fn,
  mod: math.mod as Fn,
  equal: math.equal as Fn,
  unequal: math.unequal as Fn,
  smaller: math.smaller as Fn,
  smallerEq: math.smallerEq as Fn,
  larger: math.larger as Fn,
  largerEq: math.largerEq as Fn,
  and: math.and as Fn,
  or: math.or as Fn,
  not: math.not as Fn,
  xor: math.xor as Fn,
});

/** Functions allowed in expressions, with their allowed argument counts. mathjs's `round` already
 *  rounds half away from zero (round(2.5) = 3, round(-2.5) = -3; a test pins this). */
export const functionFns: Readonly<Record<string, { fn: Fn; minArgs: number; maxArgs: number }>> = Object.freeze({
  min: { fn: math.min as Fn, minArgs: 1, maxArgs: Infinity },
  max: { fn: math.max as Fn, minArgs: 1, maxArgs: Infinity },
  round: { fn: math.round as Fn, minArgs: 1, maxArgs: 2 },
  floor: { fn: math.floor as Fn, minArgs: 1, maxArgs: 2 },
  ceil: { fn: math.ceil as Fn, minArgs: 1, maxArgs: 2 },
  abs: { fn: math.abs as Fn, minArgs: 1, maxArgs: 1 },
});

/** Names that touch the instance itself; named as forbidden (not merely unknown) in problems. */
export const forbiddenFunctionNames: readonly string[] = [
  'import', 'createUnit', 'evaluate', 'parse', 'compile', 'config', 'simplify', 'derivative',
  'resolve', 'reviver', 'chain', 'create', 'factory', 'typed', 'help', 'expression', 'on', 'off',
  'once', 'emit', 'rationalize', 'leafCount', 'symbolicEqual', 'replacer',
];

function disabled(name: string): () => never {
  return () => {
    throw new Error(`mathjs function ${name} is disabled in Koppelkans`);
  };
}

const lockable = ['import', 'createUnit', 'evaluate', 'parse', 'compile', 'config', 'simplify', 'derivative', 'resolve', 'reviver', 'chain'];
math.import(Object.fromEntries(lockable.map((n) => [n, disabled(n)])), { override: true });

/** Parses one expression with the restricted instance's parser (throws a mathjs SyntaxError). */
export function parseMath(text: string): MathNode {
  return parseFn(text);
}

/** For tests: the locked instance, to show that its dangerous functions throw. */
export const lockedInstance = math as unknown as Record<string, unknown>;
