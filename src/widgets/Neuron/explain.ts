/**
 * The words and formulas of the step panel and the live region for a position of the
 * timeline. Every number is read from the engine's run (values, trace steps, gradients).
 */
import { formatNumber } from '../shared/format';
import { activationSlope, definition, localForm, localSubstituted, substituted, symbolic } from './local-forms';
import { joinWith, sideText, symText, symOf, t, toText, type Formula } from './math-tokens';
import { ACTIVATION_NAMES, type Activation } from './params';
import { activeStep, backwardCount, chainTo, forwardCount } from './timeline';
import type { BackStep, NeuronRun, NodeData, NodeForm } from './types';

/** A formula with an optional short label ("This step", "Whole chain"). */
export interface LabelledFormula {
  label: string;
  formula: Formula;
  /** A detail (how a local derivative comes about) the panel may fold away. */
  detail?: boolean;
}

/** What the panel shows and the live region says. */
export interface Explanation {
  heading: string;
  words: string;
  formulas: LabelledFormula[];
  /** One or two sentences with the key number, for screen readers. */
  live: string;
}

const name = (id: string): string => symText(symOf(id));

function nodeOf(run: NeuronRun, id: string): NodeData {
  return run.nodes.get(id) ?? { id, op: 'input', role: 'input', badge: '', value: Number.NaN, grad: Number.NaN, parents: [], definition: [], locals: new Map(), slope: [], inside: [] };
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five'];

/** The engine's inner steps as a list in words: "s = m₁ + m₂ and z = s + b". */
function listed(forms: readonly NodeForm[]): string {
  const texts = forms.map((f) => sideText(symbolic(f)));
  return texts.length <= 1 ? (texts[0] ?? '') : `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1]}`;
}

/** The explanation of position p; `summary` shows the overview of a complete pass instead. */
export function explainAt(run: NeuronRun, act: Activation, p: number, summary = false): Explanation {
  const step = activeStep(run, p);
  if (!step) return explainStart(run);
  if (summary) return explainSummary(run);
  if (step.kind === 'forward') return explainForward(run, act, step.node, step.index);
  const B = backwardCount(run);
  if (step.kind === 'seed') {
    const L = name(run.output);
    return {
      heading: `Backward step 1 of ${B}`,
      words: `The backward pass starts at the loss. Nudging ${L} by a small amount changes ${L} by the same amount, so its gradient with respect to itself is 1.`,
      formulas: [{ label: '', formula: [[t.d(run.output, run.output)], [t.num(1)]] }],
      live: `Backward step 1 of ${B}: start at the loss. ∂${L}/∂${L} = 1.`,
    };
  }
  return explainBackward(run, act, step.step, step.index);
}

/**
 * Position 0: the passes are rewound. Only the graph goes back; the panels below it (the
 * gradient step, the check) still show the results for these settings, and the words say so.
 */
function explainStart(run: NeuronRun): Explanation {
  return {
    heading: 'Back to the start of the passes',
    words:
      'The graph now shows only what is given: the inputs, the weights, the bias and the target. Press Forward to send the inputs through the neuron, or Step to go one node at a time. The panels below still show the results for these settings.',
    formulas: [],
    live: `Rewound to the start of the passes: the graph shows only the inputs, weights, bias and target. ${forwardCount(run)} forward and ${backwardCount(run)} backward steps to go.`,
  };
}

const FORWARD_WORDS: Record<string, string> = {
  mul: 'The weight scales its input.',
  sum: 'The neuron adds up the weighted inputs and the bias: the pre-activation z.',
  loss: 'The loss measures how far the output a is from the target y.',
};

function explainForward(run: NeuronRun, act: Activation, id: string, index: number): Explanation {
  const node = nodeOf(run, id);
  const F = forwardCount(run);
  const valueOf = (p: string): number => nodeOf(run, p).value;
  const role = node.role;
  const formula: Formula = [[t.sym(id)], definition(node), substituted(node.definition, valueOf), [t.num(node.value)]];
  const last = index === F - 1 ? ' The forward pass is complete: press Backward to send the gradient back.' : '';
  const words = (role === 'act' ? `The ${ACTIVATION_NAMES[act]} activation turns z into the output a.` : FORWARD_WORDS[role] ?? '') + last;
  return {
    heading: `Forward step ${index + 1} of ${F}`,
    words,
    formulas: [{ label: '', formula }],
    live: `Forward step ${index + 1} of ${F}: ${name(id)} = ${sideText(definition(node))} = ${formatNumber(node.value)}.${last ? ' Forward pass complete.' : ''}`,
  };
}

function backwardWords(run: NeuronRun, act: Activation, s: BackStep): string {
  const child = nodeOf(run, s.from);
  const n = name(s.node);
  const role = child.role;
  if (role === 'loss') {
    const [L, a, y] = [name(child.id), name(child.parents[0] ?? ''), name(child.parents[1] ?? '')];
    const inside = child.inside.length > 1 ? ` The engine builds ${L} from ${listed(child.inside)}; the chain rule multiplies their local derivatives.` : '';
    return s.node === child.parents[0]
      ? `The gradient leaves the loss: ∂${L}/∂${n} = ${n} − ${y} says how the loss changes as the output moves.${inside}`
      : `The target gets a gradient too, ∂${L}/∂${n} = ${n} − ${a}; it is data, so a gradient step leaves it alone.`;
  }
  if (role === 'act') {
    const z = nodeOf(run, s.node).value;
    const relu = act === 'relu' ? (z > 0 ? ` ReLU has slope 1 where ${n} > 0.` : z < 0 ? ` ReLU is flat where ${n} < 0, so no gradient gets through.` : ` ${n} = 0 is ReLU’s kink, where it has no derivative; the engine takes ReLU′(0) = ${Number.isInteger(s.local) ? String(s.local) : formatNumber(s.local)}.`) : '';
    return `Through the activation: multiply by its slope ${sideText(localForm(child, s.node))} at the current ${n}.${relu}`;
  }
  if (role === 'sum') {
    const inside = child.inside.length > 1 ? ` The engine adds in ${NUMBER_WORDS[child.inside.length] ?? child.inside.length} steps, ${listed(child.inside)}.` : '';
    return `Through the sum: adding passes the gradient on unchanged (local derivative 1).${inside}`;
  }
  const other = name(child.parents.find((p) => p !== s.node) ?? s.node);
  const done = nodeOf(run, s.node).role === 'param'
    ? ` ∂L/∂${n} is complete.`
    : ` ${n} is an input, fixed data: a gradient step does not change it.`;
  return `Through the product: the local derivative of ${name(s.from)} with respect to ${n} is the other factor, ${other}.${done}`;
}

function explainBackward(run: NeuronRun, act: Activation, s: BackStep, index: number): Explanation {
  const B = backwardCount(run);
  const child = nodeOf(run, s.from);
  const chain = chainTo(run, index - 1);
  const lhs = [t.d(run.output, s.node)];
  const formulas: LabelledFormula[] = [];
  if (chain.length > 2) {
    formulas.push({
      label: 'This step',
      formula: [lhs, [t.d(run.output, s.from), t.op('·'), t.d(s.from, s.node)], [t.factor(s.upstream), t.op('·'), t.factor(s.local)], [t.num(s.contribution)]],
    });
  }
  const locals = chain.map((c) => localForm(nodeOf(run, c.from), c.node));
  const partials = chain.map((c) => [t.d(c.from, c.node)]);
  const numbers = chain.map((c) => [t.factor(c.local)]);
  const product = chain.reduce((acc, c) => acc * c.local, 1);
  const direct = localSubstituted(child, s.node, (id) => nodeOf(run, id).value);
  const whole: Formula =
    chain.length > 1
      ? [lhs, joinWith(partials, '·'), joinWith(locals, '·'), joinWith(numbers, '·'), [t.num(product)]]
      : [lhs, joinWith(locals, '·'), ...(direct ? [direct] : []), [t.num(product)]];
  formulas.push({ label: chain.length > 2 ? 'Whole chain' : 'Chain rule', formula: whole });
  if (s.inner.length > 1) {
    const first = s.inner[0]?.from ?? s.from;
    formulas.push({
      label: `Inside ${name(s.from)}`,
      detail: true,
      formula: [[t.d(first, s.node)], joinWith(s.inner.map((q) => [t.d(q.from, q.node)]), '·'), joinWith(s.inner.map((q) => [t.factor(q.local)]), '·'), [t.num(s.local)]],
    });
  }
  if (child.role === 'act') {
    const slope = activationSlope(child, (id) => nodeOf(run, id).value);
    formulas.push({ label: 'Slope', formula: [...slope, [t.num(s.local)]], detail: true });
  }
  return {
    heading: `Backward step ${index + 1} of ${B}`,
    words: backwardWords(run, act, s),
    formulas,
    live: `Backward step ${index + 1} of ${B}: gradient reaches ${name(s.node)}. ${toText([lhs, [t.num(s.contribution)]])}.`,
  };
}

function explainSummary(run: NeuronRun): Explanation {
  const ids = [...run.nodes.values()].filter((n) => n.role === 'param').map((n) => n.id);
  const grads = ids.map((id) => nodeOf(run, id).grad);
  const vector: Formula = [
    [t.fn('∇L')],
    [t.op('('), ...joinWith(ids.map((id) => [t.d(run.output, id)]), ','), t.op(')')],
    [t.op('('), ...joinWith(grads.map((g) => [t.num(g)]), ','), t.op(')')],
  ];
  return {
    heading: 'Forward and backward pass complete',
    words: `The loss is L = ${formatNumber(run.loss)}. The gradient with respect to the weights and the bias says how the loss changes when each one is nudged; a gradient step moves them against it.`,
    formulas: [{ label: '', formula: vector }],
    live: `Both passes complete. L = ${formatNumber(run.loss)}. ${ids.map((id, i) => `∂L/∂${name(id)} = ${formatNumber(grads[i] ?? Number.NaN)}`).join(', ')}.`,
  };
}
