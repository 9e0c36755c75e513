/**
 * Named states of the neuron figure, for the gallery, the browser tests and screenshots. Each
 * query reproduces the state on /glossary/gradient/.
 */

/** One named state. */
export interface NeuronExample {
  id: string;
  title: string;
  description: string;
  query: string;
}

/** The examples, in the order a reader might try them. */
export const NEURON_EXAMPLES: readonly NeuronExample[] = [
  {
    id: 'first-pass',
    title: 'A first pass',
    description: 'The default neuron: a sigmoid unit whose output 0.562 misses its target 1. Step through both passes, then take a few gradient steps and watch the loss fall.',
    query: '?x1=2&x2=-1&w1=0.5&w2=1&b=0.25&t=1&act=sigmoid&eta=1',
  },
  {
    id: 'saturated-sigmoid',
    title: 'A saturated sigmoid',
    description: 'z = 11 puts the sigmoid on its flat shoulder: σ′(z) is about 0.00002, so almost no gradient gets back to the weights and a gradient step barely changes the loss. This is the vanishing gradient.',
    query: '?x1=3&x2=2&w1=3&w2=0.5&b=1&t=0&act=sigmoid&eta=1',
  },
  {
    id: 'tanh',
    title: 'A tanh neuron',
    description: 'tanh can output negative values, so it can reach the target −0.5. Its slope is 1 − a², close to 1 near z = 0.',
    query: '?x1=1&x2=-2&w1=0.8&w2=0.3&b=-0.1&t=-0.5&act=tanh&eta=0.5',
  },
  {
    id: 'relu-active',
    title: 'ReLU, switched on',
    description: 'With z > 0, ReLU passes z through with slope 1: the chain rule for w₁ is just (a − y) · 1 · 1 · x₁.',
    query: '?x1=1.5&x2=0.5&w1=0.6&w2=-0.4&b=0.1&t=2&act=relu&eta=0.1',
  },
  {
    id: 'dead-relu',
    title: 'A dead ReLU',
    description: 'z = −2 < 0, so ReLU outputs 0 with slope 0: every gradient below the activation is 0 and gradient steps cannot move the weights. The finite differences agree: the loss really is flat here.',
    query: '?x1=2&x2=1&w1=-1&w2=0.5&b=-0.5&t=1&act=relu&eta=1',
  },
  {
    id: 'relu-kink',
    title: 'On the ReLU kink',
    description: 'z = 0 exactly, where ReLU has no derivative. Backprop uses the convention ReLU′(0) = 0, the central difference sees the average slope ½, and the check shows ✗.',
    query: '?x1=1&x2=1&w1=0.5&w2=-0.5&b=0&t=1&act=relu&eta=1',
  },
  {
    id: 'too-large-step',
    title: 'Too large a learning rate',
    description: 'With η = 0.4 one gradient step overshoots: the loss rises from 0.281 to 1.015. Lower η and the loss falls instead.',
    query: '?x1=2&x2=1.5&w1=0.5&w2=0.5&b=0&t=2.5&act=relu&eta=0.4',
  },
];
