import type { FigureName } from './registry';

/** The title and caption of each figure: what it shows and what to try. */
export const FIGURE_CAPTIONS: Record<FigureName, { title: string; caption: string }> = {
  neuron: {
    title: 'One neuron, forward and backward',
    caption:
      'A single neuron drawn as a computation graph. Press Forward to watch the inputs become a prediction and a loss; press Backward to send the gradient of the loss back along the same edges, one chain-rule factor at a time. Then take a gradient step and watch the loss fall.',
  },
  'gradient-field': {
    title: 'The gradient as a vector field',
    caption:
      'Small arrows on the contour plot show the gradient: at every spot they point uphill, across the level lines, and their length tells how steep it is. Drag the probe across a level line, turn the direction u, or type your own function.',
  },
  'partial-slices': {
    title: 'Partial derivatives slice a surface',
    caption:
      'Fix y and the surface becomes a curve in x whose slope is ∂f/∂x; fix x and the slope along y is ∂f/∂y. Move the point and watch the two tangent lines and the gradient they combine into.',
  },
};
