import { describe, expect, it } from 'vitest';
import { sigmoid } from '../activations';
import { compileExpression } from '../compile/evaluate';
import { parse } from '../parser';
import { type Form } from './describe';
import { type GraphNode } from './graph';
import { OPS } from './ops';
import { gradientCheck } from './check';
import { type Activation, NEURON_PARAMETERS, createNeuron } from './neuron';

/** act and act' by hand; relu'(0) = 0 by the engine's convention. */
const ACT: Record<Activation, [(z: number) => number, (z: number) => number]> = {
  sigmoid: [sigmoid, (z) => sigmoid(z) * (1 - sigmoid(z))],
  tanh: [Math.tanh, (z) => 1 - Math.tanh(z) ** 2],
  relu: [(z) => Math.max(z, 0), (z) => (z > 0 ? 1 : 0)],
};

const PARAMS = [
  { x1: 0.5, x2: -1.2, w1: 0.8, w2: 0.3, b: 0.1, y: 1 },
  { x1: 2, x2: 1, w1: -0.4, w2: 0.9, b: -0.2, y: 0 },
  { x1: -1, x2: 0.5, w1: 1.5, w2: -2, b: 0.7, y: 0.3 },
];

describe('the neuron z = w1·x1 + w2·x2 + b, a = act(z), L = ½(a − y)²', () => {
  for (const activation of ['sigmoid', 'tanh', 'relu'] as const) {
    it.each(PARAMS)(`${activation}: gradients match the closed form and finite differences (%o)`, (p) => {
      const { graph, loss } = createNeuron({ ...p, activation });
      const [act, dact] = ACT[activation];
      const z = p.w1 * p.x1 + p.w2 * p.x2 + p.b;
      const a = act(z);
      expect(loss.value).toBeCloseTo(0.5 * (a - p.y) ** 2, 15);
      graph.backward(loss);
      const dz = (a - p.y) * dact(z); // ∂L/∂z
      const expected: Record<string, number> = {
        w1: dz * p.x1,
        w2: dz * p.x2,
        b: dz,
        x1: dz * p.w1,
        x2: dz * p.w2,
        y: -(a - p.y),
        z: dz,
        a: a - p.y,
      };
      for (const [id, grad] of Object.entries(expected)) expect(graph.get(id)!.grad, id).toBeCloseTo(grad, 14);
      for (const check of gradientCheck(graph, loss, [...NEURON_PARAMETERS, 'x1', 'x2', 'y'])) {
        expect(check.error, check.id).toBeLessThan(1e-8);
      }
      expect(loss.value).toBeCloseTo(0.5 * (a - p.y) ** 2, 15); // the check restored every value
    });
  }

  it('names its nodes for the figure', () => {
    const { graph } = createNeuron({ ...PARAMS[0]!, activation: 'tanh' });
    expect(graph.nodes.map((n) => n.id)).toEqual(['x1', 'x2', 'w1', 'w2', 'b', 'y', 'm1', 'm2', 's', 'z', 'a', 'e', 'e2', 'half', 'L']);
    expect(graph.get('m1')!.parents.map((n) => n.id)).toEqual(['w1', 'x1']);
    expect(graph.get('a')!.op).toBe('tanh');
  });

  it.each(PARAMS.flatMap((p) => (['sigmoid', 'tanh', 'relu'] as const).map((activation) => ({ ...p, activation }))))(
    'describes its drawn nodes with forms that agree with its own numbers (%o)',
    (p) => {
      const { graph, loss, drawn } = createNeuron(p);
      graph.backward(loss);
      // A form read as an expression of the engine language, with each node's value put in.
      const evaluate = (f: Form): number => {
        const text = f.map((q, i) => ('node' in q ? `(${q.node.value})${'op' in (f[i + 1] ?? {}) && (f[i + 1] as { op: string }).op === '(' ? '*' : ''}` : 'lit' in q ? q.lit : 'op' in q ? ({ '−': '-', '·': '*', '²': '^2' }[q.op] ?? q.op) : 'NaN')).join(' ');
        return compileExpression(parse(text, []), [])([]);
      };
      const exit = (members: readonly GraphNode[]): GraphNode => members[members.length - 1]!;
      const owners = drawn.flatMap((d) => d.members);
      expect(new Set(owners).size).toBe(owners.length);
      expect(graph.nodes.filter((n) => n.op !== 'const' && !owners.includes(n))).toEqual([]);
      for (const d of drawn) {
        const out = exit(d.members);
        for (const [parent, f] of d.locals) {
          // ∂out/∂parent through the drawn node's members is ∂L/∂parent ÷ ∂L/∂out: each parent reaches L only through it.
          if (f.some((q) => 'fn' in q) || parent.grad === 0 || out.grad === 0) continue;
          expect(evaluate(f), `${out.id}/${parent.id}`).toBeCloseTo(parent.grad / out.grad, 12);
        }
        if (d.definition.every((q) => !('fn' in q))) expect(evaluate(d.definition), out.id).toBeCloseTo(out.value, 12);
        const input = out.parents[0];
        for (const f of d.slope) expect(evaluate(f), `${out.id}′`).toBeCloseTo(OPS.get(out.op)!.local(input!.value, 0, out.value)[0], 12);
      }
    },
  );

  it('plays the backward pass in order, from L down to the leaves', () => {
    const { graph, loss } = createNeuron({ ...PARAMS[1]!, activation: 'sigmoid' });
    const trace = graph.backward(loss);
    expect(trace.map((s) => `${s.from}→${s.node}`)).toEqual([
      'L→e2', 'e2→e', 'e→a', 'e→y', 'a→z', 'z→s', 'z→b', 's→m1', 's→m2', 'm2→w2', 'm2→x2', 'm1→w1', 'm1→x1',
    ]);
    for (const step of trace) expect(step.contribution).toBe(step.upstream * step.local);
  });

  it('uses the relu convention at the kink: no gradient flows when z = 0', () => {
    const { graph, loss } = createNeuron({ x1: 1, x2: 1, w1: 0.5, w2: -0.5, b: 0, y: 1, activation: 'relu' });
    graph.backward(loss);
    expect(graph.get('z')!.value).toBe(0);
    expect(graph.get('w1')!.grad).toBe(0);
  });

  it('recomputes after a figure changes an input', () => {
    const { graph, loss } = createNeuron({ ...PARAMS[0]!, activation: 'sigmoid' });
    graph.set('w1', 0);
    graph.set('w2', 0);
    graph.set('b', 0);
    graph.forward();
    expect(graph.get('a')!.value).toBe(0.5);
    expect(loss.value).toBe(0.125);
  });
});
