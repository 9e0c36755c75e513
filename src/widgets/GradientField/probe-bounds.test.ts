import { describe, expect, it } from 'vitest';
import { clampToPlot, offPlotMarker } from './probe-bounds';

const plot = { left: 40, top: 20, width: 300, height: 300 };

describe('probe bounds', () => {
  it('clamps a dragged position into the plot', () => {
    expect(clampToPlot(10, 500, plot)).toEqual([40, 320]);
    expect(clampToPlot(100, 100, plot)).toEqual([100, 100]);
    expect(clampToPlot(900, -50, plot)).toEqual([340, 20]);
  });

  it('marks a probe outside the view at the edge, pointing at it', () => {
    expect(offPlotMarker(100, 100, plot)).toBeNull();
    const right = offPlotMarker(1000, 170, plot)!;
    expect(right.x).toBeCloseTo(340 - 14);
    expect(right.y).toBeCloseTo(170);
    expect(right.angle).toBeCloseTo(0);
    const above = offPlotMarker(190, -400, plot)!;
    expect(above.y).toBeCloseTo(20 + 14);
    expect(above.angle).toBeCloseTo(-90);
  });
});
