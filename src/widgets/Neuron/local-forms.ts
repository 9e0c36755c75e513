/**
 * The engine's formulas for a node (its definition, its local derivatives, its activation's
 * slope) as tokens for the reader, symbolic or with the current values put in. The engine writes
 * the forms (src/math/autodiff/neuron.ts); every number next to them comes from its trace.
 */
import type { Activation } from './params';
import { t, type Token } from './math-tokens';
import type { NodeData, NodeForm } from './types';

/** A form with each node as its symbol, e.g. w₁ · x₁ or σ′(z). */
export function symbolic(form: NodeForm): Token[] {
  return form.map((part) => ('sym' in part ? t.sym(part.sym) : 'op' in part ? t.op(part.op) : 'lit' in part ? t.lit(part.lit) : t.fn(part.fn)));
}

/**
 * A form with each node's value put in, e.g. 0.500 · 2.000 or σ(0.250). A value right after an
 * opening bracket is written plain, anywhere else as a factor (negatives in brackets); a value
 * right before an opening bracket gets a "·", as in 0.562 · (1 − 0.562).
 */
export function substituted(form: NodeForm, valueOf: (id: string) => number): Token[] {
  return form.flatMap((part, i) => {
    if (!('sym' in part)) return symbolic([part]);
    const before = form[i - 1];
    const after = form[i + 1];
    const v = valueOf(part.sym);
    const value = before !== undefined && 'op' in before && before.op === '(' ? t.num(v) : t.factor(v);
    return after !== undefined && 'op' in after && after.op === '(' ? [value, t.op('·')] : [value];
  });
}

/** The right-hand side of a node's definition, e.g. w₁ · x₁ or ½(a − y)². */
export function definition(node: NodeData): Token[] {
  return symbolic(node.definition);
}

/** The symbolic local derivative ∂child/∂parent, e.g. x₁ for ∂m₁/∂w₁ or σ′(z) for ∂a/∂z. */
export function localForm(child: NodeData, parent: string): Token[] {
  return symbolic(child.locals.get(parent) ?? [{ lit: '1' }]);
}

/**
 * The local derivative with the values put in, e.g. (0.562 − 1.000), when it is written with
 * nodes and no function (σ′(z) is not worth writing as σ′(0.250)); else null.
 */
export function localSubstituted(child: NodeData, parent: string, valueOf: (id: string) => number): Token[] | null {
  const form = child.locals.get(parent) ?? [];
  return form.some((part) => 'sym' in part) && !form.some((part) => 'fn' in part) ? substituted(form, valueOf) : null;
}

/**
 * How the activation's slope follows from its output: sides of "σ′(z) = a(1 − a) = …" with the
 * numbers put in. The last side is left to the caller (the engine's local derivative).
 */
export function activationSlope(act: NodeData, valueOf: (id: string) => number): Token[][] {
  const head = localForm(act, act.parents[0] ?? '');
  const last = act.slope[act.slope.length - 1];
  return last === undefined ? [head] : [head, ...act.slope.map(symbolic), substituted(last, valueOf)];
}

/**
 * Whether the neuron sits on ReLU's kink as far as a central difference with step h can tell:
 * |z| ≤ h, so L(θ ± h) fall on both sides of z = 0 for a parameter with ∂z/∂θ of about 1.
 */
export function atReluKink(act: Activation, z: number, h: number): boolean {
  return act === 'relu' && Math.abs(z) <= h;
}
