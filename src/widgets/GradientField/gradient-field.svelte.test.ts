import { afterEach, describe, expect, it, vi } from 'vitest';
import { FieldState } from '../shared/field-state.svelte';
import { EditorModel, DEBOUNCE_MS } from './editor.svelte';
import { carryTransform, GradientFieldModel } from './gradient-field.svelte';
import { PRESETS } from './presets';
import { createScale2D } from '../../viz/scales';

const model = (): GradientFieldModel => new GradientFieldModel(new FieldState());

describe('the vector-field figure state', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('reads the probe from the shared state: f and its gradient at the point', () => {
    const m = model();
    m.shared.setSource('x^2 + 3*x*y');
    m.shared.setPoint(1, 2);
    expect(m.reading.f).toBe(7);
    expect([m.reading.fx, m.reading.fy]).toEqual([8, 3]);
  });

  it('shows a square view of the window and draws the field once on creation', () => {
    const m = model();
    m.setView({ x: [0, 4], y: [0, 2] });
    expect(m.view.x[1] - m.view.x[0]).toBeCloseTo(m.view.y[1] - m.view.y[0]);
    expect(m.drawing.arrows.length).toBeGreaterThan(0);
  });

  it('pans the view to follow a point placed outside it, so the probe never leaves the plot', () => {
    const m = model();
    m.placePoint(50, -50);
    expect(m.pointOutside).toBe(false);
    m.setView({ x: [10, 16], y: [10, 16] });
    expect(m.pointOutside).toBe(true);
    m.resetView();
    expect(m.pointOutside).toBe(false);
  });

  it('normalises the direction to [0, 360) and ignores a value that is not finite', () => {
    const m = model();
    m.setAngle(-30);
    expect(m.shared.angle).toBe(330);
    m.setAngle(Number.POSITIVE_INFINITY);
    expect(m.shared.angle).toBe(330);
  });

  it('loads a preset: its function, window, point and direction', () => {
    const m = model();
    const p = PRESETS.find((q) => q.id === 'rosenbrock')!;
    m.applyPreset(p);
    expect([m.shared.source, m.shared.window, m.shared.x, m.shared.y, m.shared.angle]).toEqual([p.source, p.window, p.point[0], p.point[1], p.angle]);
  });

  it('redraws at most once per frame, only when the drawing inputs changed', () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const m = model();
    m.trackDrawing();
    expect(frames).toHaveLength(0);
    m.decimals = 1;
    m.trackDrawing();
    m.trackDrawing();
    expect(frames).toHaveLength(1);
    const before = m.drawing;
    frames[0]!();
    expect(m.drawing).not.toBe(before);
    m.shared.setPoint(0, 0);
    m.trackDrawing();
    expect(frames).toHaveLength(1);
  });

  it('carries the last drawing onto a moved view with one transform, and none when nothing moved', () => {
    const plot = { left: 0, top: 0, width: 300, height: 300 };
    const a = createScale2D({ x: [-3, 3], y: [-3, 3] }, plot);
    expect(carryTransform(a, a)).toBeNull();
    expect(carryTransform(a, createScale2D({ x: [-2, 4], y: [-3, 3] }, plot))).toBe('matrix(1 0 0 1 -50 0)');
  });
});

describe('the function editor state', () => {
  afterEach(() => vi.useRealTimers());

  it('parses the draft after the debounce; bad text shows the message and keeps the last good f', () => {
    vi.useFakeTimers();
    const field = new FieldState();
    const editor = new EditorModel(field);
    editor.input('x^2 - y^2');
    expect(field.source).not.toBe('x^2 - y^2');
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(field.source).toBe('x^2 - y^2');
    editor.input('sin(');
    editor.commit();
    expect(editor.error?.message).toBeTruthy();
    expect(field.source).toBe('x^2 - y^2');
    expect(editor.draft).toBe('sin(');
  });

  it('follows a function set elsewhere (a preset, another figure) and drops its error', () => {
    const field = new FieldState();
    const editor = new EditorModel(field);
    editor.input('sin(');
    editor.commit();
    field.setSource('x*y');
    editor.follow();
    expect([editor.draft, editor.error]).toEqual(['x*y', null]);
    editor.dispose();
  });
});
