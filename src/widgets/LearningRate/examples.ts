/**
 * Named states of the learning-rate figure, for the gallery, the browser tests and
 * screenshots. Each query reproduces the state on /glossary/learning-rate/.
 */
import type { FigureExample } from '../figure';

/** The examples, in the order of growing step size. */
export const LEARNING_RATE_EXAMPLES: readonly FigureExample[] = [
  {
    id: 'small-steps',
    title: 'Small steps',
    description: 'η well below 1/a: the iterates walk down one side of the valley, and the steps shrink as the slope flattens.',
    query: '?loss=quadratic&a=1&lr=0.3&th0=2.5&n=12',
  },
  {
    id: 'one-step',
    title: 'Exactly 1/a',
    description: 'On a quadratic with a = 2, η = 0.5 is 1/a: the first step lands on the minimum and the rest stay there.',
    query: '?loss=quadratic&a=2&lr=0.5&th0=2.5&n=12',
  },
  {
    id: 'zigzag',
    title: 'Overshooting, still converging',
    description: 'Between 1/a and 2/a each step jumps past the minimum, a little less far each time: the iterates zigzag in.',
    query: '?loss=quadratic&a=1&lr=1.6&th0=2.5&n=12',
  },
  {
    id: 'bouncing',
    title: 'Exactly 2/a',
    description: 'The edge of stability: on a quadratic the iterates jump between θ₀ and −θ₀ for ever, and the loss never changes.',
    query: '?loss=quadratic&a=1&lr=2&th0=2.5&n=12',
  },
  {
    id: 'diverging',
    title: 'Too large',
    description: 'Past 2/a every overshoot is larger than the last: the loss grows with each step.',
    query: '?loss=quadratic&a=1&lr=2.2&th0=1&n=12',
  },
  {
    id: 'log-cosh-cycle',
    title: 'Too large, on a flatter loss',
    description: 'The same step size on a loss whose slope never exceeds a: the minimum still pushes the iterates away, but far out the steps are too short to escape, and they settle into a two-step cycle.',
    query: '?loss=logcosh&a=1&lr=3&th0=2&n=12',
  },
];
