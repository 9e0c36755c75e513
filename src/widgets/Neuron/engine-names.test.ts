/**
 * The figure reads the engine's description of its nodes, not the engine's ids: with every id
 * of the engine's graph renamed, the figure computes and says exactly the same; with a drawn
 * node given a label the figure has no place for, it fails loudly, naming the node.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as GraphModule from '../../math/autodiff/graph';
import { explainAt } from './explain';
import { neuronLayout } from './graph-spec';
import { nodeViews } from './graph-view';
import { DEFAULT_PARAMS, type NeuronSettings } from './params';
import { runNeuron } from './run';
import { totalSteps } from './timeline';
import type { NeuronRun } from './types';

const SETTINGS: NeuronSettings[] = [DEFAULT_PARAMS, { ...DEFAULT_PARAMS, act: 'tanh', w1: -1.3 }, { ...DEFAULT_PARAMS, act: 'relu', x2: 2 }];

/** Everything the reader sees of a run: each position's explanation and node texts, and the layout. */
function seen(run: NeuronRun, p: NeuronSettings): unknown[] {
  const steps = Array.from({ length: totalSteps(run) + 1 }, (_, i) => [explainAt(run, p.act, i), nodeViews(run, i)]);
  return [run, steps, [...neuronLayout(run, 990).nodes.values()]];
}

/** The engine's Graph with each node's id replaced by `rename(id, label)`; labels are kept unless `relabel` says otherwise. */
function mockGraph(rename: (id: string) => string, relabel: (label: string) => string = (l) => l): void {
  vi.doMock('../../math/autodiff/graph', async (importOriginal) => {
    const real = await importOriginal<typeof GraphModule>();
    class Renamed extends real.Graph {
      override input(id: string, value: number, label = id): GraphModule.GraphNode {
        return super.input(rename(id), value, relabel(label));
      }
      override constant(value: number, id = 'c', label = String(value)): GraphModule.GraphNode {
        return super.constant(value, rename(id), relabel(label));
      }
      override apply(op: Parameters<GraphModule.Graph['apply']>[0], parents: readonly GraphModule.GraphNode[], id: string = op, label = id): GraphModule.GraphNode {
        return super.apply(op, parents, rename(id), relabel(label));
      }
    }
    return { ...real, Graph: Renamed };
  });
  vi.resetModules();
}

afterEach(() => {
  vi.doUnmock('../../math/autodiff/graph');
  vi.resetModules();
});

describe('the figure and the engine’s node ids', () => {
  it('computes, draws and says the same when the engine renames every node', async () => {
    mockGraph((id) => `node-${id.length}-${[...id].reverse().join('')}`);
    const renamed = await import('./run');
    const { createNeuron } = await import('../../math/autodiff');
    const ids = createNeuron({ ...DEFAULT_PARAMS, activation: 'sigmoid' }).graph.nodes.map((n) => n.id);
    expect(ids).toContain('node-2-2e'); // the engine's e2, renamed
    expect(ids.filter((id) => ['e2', 'half', 's', 'z', 'a', 'L', 'w1'].includes(id))).toEqual([]);
    for (const p of SETTINGS) expect(seen(renamed.runNeuron(p), p)).toEqual(seen(runNeuron(p), p));
  });

  it('fails loudly, naming the node, when a drawn node is labelled as the figure cannot draw it', async () => {
    mockGraph((id) => id, (label) => (label === 'z' ? 'pre' : label));
    const relabelled = await import('./run');
    const run = relabelled.runNeuron(DEFAULT_PARAMS);
    expect(() => neuronLayout(run, 990)).toThrow(/'pre'/);
  });

  it('fails loudly when two engine nodes share a label', async () => {
    mockGraph((id) => id, (label) => (label === 'e' ? 'a' : label));
    const relabelled = await import('./run');
    expect(() => relabelled.runNeuron(DEFAULT_PARAMS)).toThrow(/two engine nodes are labelled 'a'/);
  });
});
