// Compiles a variant expression once into a plain closure tree over a whitelisted subset of the
// mathjs syntax (numbers, true/false, attribute names, arithmetic, comparison, logic, parentheses,
// min, max, round, floor, ceil, abs). Anything else is refused with a problem code, before any
// neighbourhood is evaluated. Evaluation then only calls the functions of the restricted instance.
import type { MathNode } from 'mathjs';
import { forbiddenFunctionNames, functionFns, operatorFns, parseMath } from './mathjs';

export const maxExpressionLength = 500;

/** Attribute values of one neighbourhood by name (case-sensitive). */
export type Scope = ReadonlyMap<string, number>;

type Eval = (scope: Scope) => unknown;

/** One top-level `and` term, so a failed eligibility can say which condition failed. */
export interface ExprTerm {
  source: string;
  names: string[];
  evaluate: Eval;
}

export interface CompiledExpr {
  source: string;
  /** Attribute names the expression reads, in order of first use. */
  names: string[];
  evaluate: Eval;
  terms: ExprTerm[];
}

/** Why an expression was refused: a problem code under `expr.` and its parameters. */
export interface ExprFault {
  code: string;
  params: Record<string, string | number>;
}

export type CompileResult = { ok: true; expr: CompiledExpr } | { ok: false; fault: ExprFault };

/** Thrown while evaluating when a name has no value in the scope (blank attribute cell). */
export class MissingAttribute extends Error {
  constructor(readonly attribute: string) {
    super(`attribute ${attribute} has no value`);
  }
}

class Refused extends Error {
  constructor(readonly fault: ExprFault) {
    super(fault.code);
  }
}

const refuse = (code: string, params: ExprFault['params'] = {}): never => {
  throw new Refused({ code, params });
};

// A digit, a comma and a digit: how Dutch users write 1,5. In mathjs a comma only separates
// function arguments, so `max(1,5)` would silently mean two arguments; we refuse it and ask for a
// decimal point (arguments are written with a space after the comma: `max(1, 5)`).
const decimalComma = /\d,\d/;

/**
 * Compiles `source` against the names that exist (attribute columns and standard columns).
 * Checks length, decimal comma, syntax, node types, function names and names.
 */
export function compileExpression(source: string, knownNames: ReadonlySet<string>): CompileResult {
  try {
    if (source.length > maxExpressionLength) refuse('expr.tooLong', { length: source.length, max: maxExpressionLength });
    const comma = decimalComma.exec(source);
    if (comma) refuse('expr.decimalComma', { text: comma[0], suggestion: comma[0].replace(',', '.') });
    if (source.trim() === '') refuse('expr.empty');
    let root: MathNode;
    try {
      root = parseMath(source);
    } catch (e) {
      return { ok: false, fault: { code: 'expr.syntax', params: { message: e instanceof Error ? e.message : String(e) } } };
    }
    const names: string[] = [];
    const evaluate = build(root, knownNames, names);
    const terms = andTerms(root).map((node) => {
      const termNames: string[] = [];
      return { source: node.toString(), names: termNames, evaluate: build(node, knownNames, termNames) };
    });
    return { ok: true, expr: { source, names, evaluate, terms } };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, fault: e.fault };
    throw e;
  }
}

/** The operands of a top-level chain of `and` (through parentheses); the node itself otherwise. */
function andTerms(node: MathNode): MathNode[] {
  const n = unwrap(node);
  if (n.type === 'OperatorNode' && (n as unknown as OperatorLike).fn === 'and') {
    return (n as unknown as OperatorLike).args.flatMap(andTerms);
  }
  return [node];
}

function unwrap(node: MathNode): MathNode {
  let n = node;
  while (n.type === 'ParenthesisNode') n = (n as unknown as { content: MathNode }).content;
  return n;
}

interface OperatorLike { fn: string; op: string; args: MathNode[] }

const forbiddenSyntax: Record<string, string> = {
  AccessorNode: 'property or index access',
  ArrayNode: 'matrix',
  AssignmentNode: 'assignment',
  BlockNode: 'several statements',
  ConditionalNode: 'conditional (a ? b : c)',
  FunctionAssignmentNode: 'function definition',
  IndexNode: 'index',
  ObjectNode: 'object',
  RangeNode: 'range',
};

function build(node: MathNode, known: ReadonlySet<string>, names: string[]): Eval {
  switch (node.type) {
    case 'ConstantNode': {
      const value = (node as unknown as { value: unknown }).value;
      if (typeof value === 'number' || typeof value === 'boolean') return () => value;
      if (value === undefined) return refuse('expr.empty');
      return refuse('expr.forbiddenSyntax', { what: typeof value === 'string' ? 'text' : String(value) });
    }
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      if (!known.has(name)) {
        if (forbiddenFunctionNames.includes(name)) refuse('expr.forbiddenFunction', { name });
        refuse('expr.unknownName', { name, known: [...known].sort().join(', ') });
      }
      if (!names.includes(name)) names.push(name);
      return (scope) => {
        const v = scope.get(name);
        if (v === undefined) throw new MissingAttribute(name);
        return v;
      };
    }
    case 'ParenthesisNode':
      return build((node as unknown as { content: MathNode }).content, known, names);
    case 'OperatorNode': {
      const { fn, op, args } = node as unknown as OperatorLike;
      const f = Object.hasOwn(operatorFns, fn) ? operatorFns[fn] : undefined;
      if (!f) return refuse('expr.forbiddenSyntax', { what: `operator ${op}` });
      const parts = args.map((a) => build(a, known, names));
      if (parts.length === 1) {
        const [a] = parts as [Eval];
        return (s) => f(a(s));
      }
      if (parts.length === 2) {
        const [a, b] = parts as [Eval, Eval];
        return (s) => f(a(s), b(s));
      }
      return (s) => f(...parts.map((p) => p(s)));
    }
    case 'RelationalNode': {
      // a < b <= c: every adjacent pair holds.
      const { conditionals, params } = node as unknown as { conditionals: string[]; params: MathNode[] };
      const fns = conditionals.map((c) => {
        const f = Object.hasOwn(operatorFns, c) ? operatorFns[c] : undefined;
        return f ?? refuse('expr.forbiddenSyntax', { what: `operator ${c}` });
      });
      const parts = params.map((p) => build(p, known, names));
      const and = operatorFns.and as (a: unknown, b: unknown) => unknown;
      return (s) => {
        const values = parts.map((p) => p(s));
        let result: unknown = true;
        fns.forEach((f, i) => {
          result = and(result, f(values[i], values[i + 1]));
        });
        return result;
      };
    }
    case 'FunctionNode': {
      const { fn, args } = node as unknown as { fn: MathNode; args: MathNode[] };
      if (fn.type !== 'SymbolNode') return refuse('expr.forbiddenSyntax', { what: 'computed function call' });
      const name = (fn as unknown as { name: string }).name;
      const allowed = Object.hasOwn(functionFns, name) ? functionFns[name] : undefined;
      if (!allowed) {
        if (forbiddenFunctionNames.includes(name)) return refuse('expr.forbiddenFunction', { name });
        return refuse('expr.unknownFunction', { name, allowed: Object.keys(functionFns).join(', ') });
      }
      if (args.length < allowed.minArgs || args.length > allowed.maxArgs) {
        refuse('expr.arity', { name, count: args.length });
      }
      const parts = args.map((a) => build(a, known, names));
      const f = allowed.fn;
      return (s) => f(...parts.map((p) => p(s)));
    }
    default: {
      const what = forbiddenSyntax[node.type] ?? node.type;
      return refuse('expr.forbiddenSyntax', { what });
    }
  }
}

/** A value as a problem parameter: numbers as they are, anything else as text. */
export function describeValue(v: unknown): string | number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return String(v);
  if (v !== null && typeof v === 'object' && 'toString' in v) return String(v);
  return String(v);
}
