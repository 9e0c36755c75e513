/**
 * One function in one window has one set of levels on the page: for every example of both
 * field figures, opened as the Gradient page's link, the contour plot (on the server's coarse
 * grid and the browser's fine one) and the 3D surface cut the heights at the same values and
 * give each band the same colour.
 */
import { describe, expect, it } from 'vitest';
import { compileField } from '../../math';
import { drawField } from '../GradientField/drawing';
import { EXAMPLES as FIELD_EXAMPLES } from '../GradientField/examples';
import { RESOLUTION, SERVER_RESOLUTION } from '../GradientField/gradient-field.svelte';
import { plotLayout } from '../GradientField/layout';
import { homeWindow } from '../GradientField/presets';
import { keepInView, squareUp } from '../GradientField/view-window';
import { EXAMPLES as SURFACE_EXAMPLES } from '../PartialSlices/examples';
import { coloursFor, levelBands } from './colour-scale';
import { DEFAULT_SOURCE } from './field-state.svelte';

const examples = [...FIELD_EXAMPLES.map((e) => ({ figure: 'gradient-field', ...e })), ...SURFACE_EXAMPLES.map((e) => ({ figure: 'partial-slices', ...e }))];

describe('the levels of the page’s function', () => {
  it.each(examples)('are the same on both figures and both renders: $figure $id', ({ query }) => {
    const params = new URLSearchParams(query);
    const source = params.get('f') ?? DEFAULT_SOURCE;
    const field = compileField(source);
    // The window the page settles on for this link (the vector-field figure chooses it).
    const window = keepInView(homeWindow(source), Number(params.get('x')), Number(params.get('y')));
    const view = squareUp(window);
    expect(view).toEqual(window);
    const colours = coloursFor(field, source);
    const drawn = (resolution: number) => drawField(field, view, plotLayout(480), { resolution, decimals: 1, colours }).levels;
    const browser = drawn(RESOLUTION);
    expect(drawn(SERVER_RESOLUTION)).toEqual(browser);
    const surface = levelBands(field, source, window);
    expect(surface.thresholds).toEqual(browser.map((l) => l.value));
    expect(surface.colors.slice(1)).toEqual(browser.map((l) => l.colour));
    expect(surface.thresholds.length).toBeGreaterThan(3);
  });
});
