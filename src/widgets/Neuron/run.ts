/**
 * The one place the figure talks to the engine: builds the engine's neuron graph
 * (src/math/autodiff), runs its forward and backward passes and its finite-difference check,
 * and copies the results into the plain shapes of types.ts.
 *
 * The engine breaks the neuron into primitives: s = m1 + m2, z = s + b, e = a − y, e2 = e²,
 * L = ½·e2. The figure draws the neuron as a reader thinks of it, with one "+" node z and one
 * loss node L, so it groups engine nodes: z = {s, z} and L = {e, e2, half, L}. Values and
 * gradients of a group are those of its last (exit) node. A backward step that leaves a group
 * passes through its inner nodes: by the chain rule its local derivative is the product of the
 * engine's inner local derivatives, e.g. ∂L/∂a = ∂L/∂e2 · ∂e2/∂e · ∂e/∂a = ½ · 2e · 1. The
 * numbers multiplied are the engine's; nothing is differentiated here.
 */
import { createNeuron, gradientCheck, NEURON_PARAMETERS } from '../../math/autodiff';
import type { NeuronSettings } from './params';
import type { BackStep, CheckRow, NeuronRun, NodeData } from './types';

/** Engine nodes drawn as one node, by the figure's node id; the last member is the exit. */
export const GROUPS: Readonly<Record<string, readonly string[]>> = { z: ['s', 'z'], L: ['e', 'e2', 'half', 'L'] };

/** Leaves checked against finite differences: the parameters, then the inputs. */
export const CHECKED = [...NEURON_PARAMETERS, 'x1', 'x2'] as const;

/** Step of the central difference, and how close the two gradients must be to agree. */
export const CHECK_H = 1e-5;
export const CHECK_TOLERANCE = 1e-6;

const groupOf = new Map<string, string>(Object.entries(GROUPS).flatMap(([g, members]) => members.map((m) => [m, g] as [string, string])));
const visual = (engineId: string): string => groupOf.get(engineId) ?? engineId;

/** Runs both passes and the check for one setting of the neuron. */
export function runNeuron(p: NeuronSettings): NeuronRun {
  const { graph, loss } = createNeuron({ x1: p.x1, x2: p.x2, w1: p.w1, w2: p.w2, b: p.b, y: p.y, activation: p.act });
  const checks: CheckRow[] = gradientCheck(graph, loss, CHECKED, CHECK_H).map((c) => ({
    id: c.id,
    backprop: c.analytic,
    numeric: c.numeric,
    diff: c.error,
    ok: c.error <= CHECK_TOLERANCE * Math.max(1, Math.abs(c.analytic)),
  }));
  const trace = graph.backward(loss);

  const nodes = new Map<string, NodeData>();
  const forward: string[] = [];
  for (const n of graph.nodes) {
    if (n.op === 'const') continue;
    const id = visual(n.id);
    const members = GROUPS[id] ?? [id];
    if (members[members.length - 1] !== n.id) continue; // only the exit speaks for a group
    const parents = members.flatMap((m) => graph.get(m)?.parents ?? []).filter((q) => q.op !== 'const' && visual(q.id) !== id).map((q) => visual(q.id));
    nodes.set(id, { id, op: n.op, value: n.value, grad: n.grad, parents });
    if (parents.length > 0) forward.push(id);
  }

  // Inner paths: for an engine node inside a group, the engine steps from the group's exit to it.
  const innerPath = new Map<string, BackStep['inner']>();
  const backward: BackStep[] = [];
  for (const s of trace) {
    const step = { node: s.node, from: s.from, local: s.local };
    const path = [...(innerPath.get(s.from) ?? []), step];
    const to = visual(s.node);
    const from = visual(s.from);
    if (to === from) {
      innerPath.set(s.node, path);
      continue;
    }
    backward.push({
      node: to,
      from,
      local: path.reduce((acc, q) => acc * q.local, 1),
      upstream: nodes.get(from)?.grad ?? Number.NaN,
      contribution: s.contribution,
      inner: path,
    });
  }
  return { nodes, forward, backward, output: visual(loss.id), loss: loss.value, checks, h: CHECK_H };
}
