/**
 * The one place the figure talks to the engine: builds the engine's neuron graph
 * (src/math/autodiff), runs its forward and backward passes and its finite-difference check,
 * and copies the results into the plain shapes of types.ts.
 *
 * The figure draws the nodes the engine describes (`Neuron.drawn`), named by their labels; it
 * knows none of the engine's ids. A drawn node may stand for several engine nodes (the engine's
 * s = m1 + m2 and z = s + b are drawn as one sum z): its value and gradient are those of its last
 * (exit) member. A backward step that leaves such a node passes through its inner nodes: by the
 * chain rule its local derivative is the product of the engine's inner local derivatives, e.g.
 * ∂L/∂a = ∂L/∂e² · ∂e²/∂e · ∂e/∂a = ½ · 2e · 1. The numbers multiplied are the engine's; nothing
 * is differentiated here.
 */
import { createNeuron, gradientCheck, type DrawnNode, type Form, type GraphNode, type Neuron } from '../../math/autodiff';
import type { NeuronSettings } from './params';
import type { BackStep, CheckRow, NeuronRun, NodeData, NodeForm } from './types';

/** Step of the central difference, and how close the two gradients must be to agree. */
export const CHECK_H = 1e-5;
export const CHECK_TOLERANCE = 1e-6;

/** Runs both passes and the check for one setting of the neuron. */
export function runNeuron(p: NeuronSettings): NeuronRun {
  return runDrawn(createNeuron({ x1: p.x1, x2: p.x2, w1: p.w1, w2: p.w2, b: p.b, y: p.y, activation: p.act }));
}

const exitOf = (d: DrawnNode): GraphNode => d.members[d.members.length - 1]!;
const written = (f: Form): NodeForm => f.map((part) => ('node' in part ? { sym: part.node.label } : part));

/** Which drawn node each engine node belongs to; every computed node must be drawn, under a label of its own. */
function drawnOf({ graph, drawn }: Neuron): Map<GraphNode, DrawnNode> {
  const owner = new Map<GraphNode, DrawnNode>(drawn.flatMap((d) => d.members.map((m) => [m, d] as const)));
  const labels = new Set<string>();
  for (const node of graph.nodes) {
    if (node.op === 'const') continue;
    if (!owner.has(node)) throw new Error(`neuron figure: the engine's node '${node.label}' belongs to no drawn node`);
    if (labels.has(node.label)) throw new Error(`neuron figure: two engine nodes are labelled '${node.label}'`);
    labels.add(node.label);
  }
  return owner;
}

/** Runs both passes and the check on a built neuron. */
export function runDrawn(neuron: Neuron): NeuronRun {
  const { graph, loss, drawn } = neuron;
  const owner = drawnOf(neuron);
  const visual = (node: GraphNode): string => exitOf(owner.get(node)!).label;
  const checked = [...drawn.filter((d) => d.role === 'param'), ...drawn.filter((d) => d.role === 'input')].map((d) => exitOf(d).id);
  const checks: CheckRow[] = gradientCheck(graph, loss, checked, CHECK_H).map((c) => ({
    id: graph.get(c.id)!.label,
    backprop: c.analytic,
    numeric: c.numeric,
    diff: c.error,
    ok: c.error <= CHECK_TOLERANCE * Math.max(1, Math.abs(c.analytic)),
  }));
  const trace = graph.backward(loss);

  const nodes = new Map<string, NodeData>();
  const forward: string[] = [];
  for (const d of drawn) {
    const exit = exitOf(d);
    const parents = d.members.flatMap((m) => m.parents).filter((q) => q.op !== 'const' && owner.get(q) !== d).map(visual);
    const locals = new Map([...d.locals].map(([q, f]) => [visual(q), written(f)] as const));
    const { role, badge, setting } = d;
    const data: NodeData = { id: exit.label, op: exit.op, role, badge, value: exit.value, grad: exit.grad, parents, definition: written(d.definition), locals, slope: d.slope.map(written), inside: d.inside.map(written) };
    nodes.set(exit.label, setting === undefined ? data : { ...data, setting });
    if (parents.length > 0) forward.push(exit.label);
  }

  // Inner paths: for an engine node inside a drawn node, the engine steps from its exit to it.
  const innerPath = new Map<GraphNode, BackStep['inner']>();
  const backward: BackStep[] = [];
  for (const s of trace) {
    const [node, child] = [graph.get(s.node)!, graph.get(s.from)!];
    const path = [...(innerPath.get(child) ?? []), { node: node.label, from: child.label, local: s.local }];
    const [to, from] = [visual(node), visual(child)];
    if (to === from) {
      innerPath.set(node, path);
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
  return { nodes, forward, backward, output: visual(loss), loss: loss.value, checks, h: CHECK_H };
}

/** The drawn node with this role (the first, if several); throws when there is none. */
export function nodeWithRole(run: NeuronRun, role: NodeData['role']): NodeData {
  for (const n of run.nodes.values()) if (n.role === role) return n;
  throw new Error(`neuron figure: the engine describes no ${role} node`);
}

/** The leaf whose value comes from the setting `key` (w1, b, ...); throws when there is none. */
export function nodeOfSetting(run: NeuronRun, key: string): NodeData {
  for (const n of run.nodes.values()) if (n.setting === key) return n;
  throw new Error(`neuron figure: no node takes the setting '${key}'`);
}
