/**
 * What each node of the neuron computes and its local derivatives, written as formulas for the
 * reader. These are labels only: every number next to them comes from the engine's trace.
 *
 *   m = p · q        ∂m/∂p = q, ∂m/∂q = p
 *   z = m₁ + m₂ + b  ∂z/∂(each) = 1
 *   a = act(z)       σ′(z) = a(1 − a),  tanh′(z) = 1 − a²,  ReLU′(z) = 1 if z > 0 else 0
 *   L = ½(a − y)²    ∂L/∂a = a − y,  ∂L/∂y = y − a
 */
import type { Activation } from './params';
import { joinWith, t, type Token } from './math-tokens';
import type { NodeData } from './types';

/** The role a node plays in the neuron, read from its id (the engine's neuron builder names them). */
export type Role = 'leaf' | 'mul' | 'sum' | 'act' | 'loss';

/** The role of a node. */
export function roleOf(node: NodeData): Role {
  if (node.parents.length === 0) return 'leaf';
  if (/^m\d*$/.test(node.id)) return 'mul';
  if (node.id === 'z') return 'sum';
  if (node.id === 'a') return 'act';
  return 'loss';
}

/** The activation's name as a function symbol. */
export const ACT_FN: Record<Activation, string> = { sigmoid: 'σ', tanh: 'tanh', relu: 'ReLU' };

/** The right-hand side of a node's definition, e.g. w₁ · x₁ or ½(a − y)². */
export function definition(node: NodeData, act: Activation): Token[] {
  const ps = node.parents;
  switch (roleOf(node)) {
    case 'mul':
      return joinWith(ps.map((p) => [t.sym(p)]), '·');
    case 'sum':
      return joinWith(ps.map((p) => [t.sym(p)]), '+');
    case 'act':
      return [t.fn(ACT_FN[act]), t.op('('), t.sym(ps[0] ?? 'z'), t.op(')')];
    case 'loss':
      return [t.fn('½'), t.op('('), t.sym(ps[0] ?? 'a'), t.op('−'), t.sym(ps[1] ?? 'y'), t.op(')'), t.op('²')];
    case 'leaf':
      return [t.sym(node.id)];
  }
}

/** The definition with the parents' values put in, e.g. 0.500 · 2.000 or σ(0.250). */
export function substituted(node: NodeData, act: Activation, valueOf: (id: string) => number): Token[] {
  const ps = node.parents;
  const v = (i: number): number => valueOf(ps[i] ?? '');
  switch (roleOf(node)) {
    case 'mul':
      return joinWith(ps.map((_, i) => [t.factor(v(i))]), '·');
    case 'sum':
      return joinWith(ps.map((_, i) => [t.factor(v(i))]), '+');
    case 'act':
      return [t.fn(ACT_FN[act]), t.op('('), t.num(v(0)), t.op(')')];
    case 'loss':
      return [t.fn('½'), t.op('('), t.num(v(0)), t.op('−'), t.factor(v(1)), t.op(')'), t.op('²')];
    case 'leaf':
      return [t.num(node.value)];
  }
}

/** The symbolic local derivative ∂child/∂parent, e.g. x₁ for ∂m₁/∂w₁ or σ′(z) for ∂a/∂z. */
export function localForm(child: NodeData, parent: string, act: Activation): Token[] {
  const ps = child.parents;
  switch (roleOf(child)) {
    case 'mul': {
      const other = ps.find((p) => p !== parent) ?? parent;
      return [t.sym(other)];
    }
    case 'sum':
      return [t.lit('1')];
    case 'act':
      return [t.fn(`${ACT_FN[act]}′`), t.op('('), t.sym(parent), t.op(')')];
    case 'loss':
      return parent === ps[0]
        ? [t.op('('), t.sym(ps[0] ?? 'a'), t.op('−'), t.sym(ps[1] ?? 'y'), t.op(')')]
        : [t.op('('), t.sym(ps[1] ?? 'y'), t.op('−'), t.sym(ps[0] ?? 'a'), t.op(')')];
    case 'leaf':
      return [t.lit('1')];
  }
}

/**
 * How the activation's slope follows from its output: sides of "σ′(z) = a(1 − a) = …" with the
 * numbers put in. The last side is left to the caller (the engine's local derivative).
 */
export function activationSlope(act: Activation, a: number): Token[][] {
  const head = [t.fn(`${ACT_FN[act]}′`), t.op('('), t.sym('z'), t.op(')')];
  switch (act) {
    case 'sigmoid':
      return [head, [t.sym('a'), t.op('('), t.lit('1'), t.op('−'), t.sym('a'), t.op(')')], [t.num(a), t.op('·'), t.op('('), t.lit('1'), t.op('−'), t.num(a), t.op(')')]];
    case 'tanh':
      return [head, [t.lit('1'), t.op('−'), t.sym('a'), t.op('²')], [t.lit('1'), t.op('−'), t.factor(a), t.op('²')]];
    case 'relu':
      // 1 for z > 0, 0 for z < 0; at the kink z = 0 a convention (the words say which).
      return [head];
  }
}

/** For the loss, the local derivative with the values put in, e.g. (0.562 − 1.000); else null. */
export function localSubstituted(child: NodeData, parent: string, valueOf: (id: string) => number): Token[] | null {
  if (roleOf(child) !== 'loss') return null;
  const [a = 'a', y = 'y'] = child.parents;
  const [p, q] = parent === a ? [a, y] : [y, a];
  return [t.op('('), t.num(valueOf(p)), t.op('−'), t.factor(valueOf(q)), t.op(')')];
}

/**
 * Whether the neuron sits on ReLU's kink as far as a central difference with step h can tell:
 * |z| ≤ h, so L(θ ± h) fall on both sides of z = 0 for a parameter with ∂z/∂θ of about 1.
 */
export function atReluKink(act: Activation, z: number, h: number): boolean {
  return act === 'relu' && Math.abs(z) <= h;
}
