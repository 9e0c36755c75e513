/**
 * Keyboard meaning of the probe and of the direction handle, as pure functions of the key.
 *
 * Probe: arrow keys move it by 1/50 of the view (Shift: 1/10); Home puts it at the centre of
 * the view; End takes a step uphill along ∇f and PageDown a step downhill along −∇f (a
 * gradient-descent step), each 1/20 of the view long; PageUp is the same as End.
 * Direction u: arrow keys turn it by 5° (Shift: 15°), Up/Right counter-clockwise; Home points
 * it along ∇f (steepest ascent), End along the level line (the tangent, ∇f turned by +90°).
 */
import type { WorldRect } from '../../math';
import type { Reading } from './reading';

/** A new probe position, or null when the key means nothing to the probe. */
export function probeKey(key: string, shift: boolean, r: Reading, view: WorldRect): [number, number] | null {
  const side = view.x[1] - view.x[0];
  const step = side / (shift ? 10 : 50);
  const along = (sign: number): [number, number] | null =>
    r.defined && !r.stationary ? [r.x + (sign * side * r.fx) / (20 * r.norm), r.y + (sign * side * r.fy) / (20 * r.norm)] : [r.x, r.y];
  switch (key) {
    case 'ArrowLeft': return [r.x - step, r.y];
    case 'ArrowRight': return [r.x + step, r.y];
    case 'ArrowUp': return [r.x, r.y + step];
    case 'ArrowDown': return [r.x, r.y - step];
    case 'Home': return [(view.x[0] + view.x[1]) / 2, (view.y[0] + view.y[1]) / 2];
    case 'End':
    case 'PageUp': return along(1);
    case 'PageDown': return along(-1);
    default: return null;
  }
}

/** A new angle for u in degrees, or null when the key means nothing to the handle. */
export function directionKey(key: string, shift: boolean, r: Reading): number | null {
  const step = shift ? 15 : 5;
  const norm = (a: number): number => ((a % 360) + 360) % 360;
  switch (key) {
    case 'ArrowUp':
    case 'ArrowRight': return norm(r.angle + step);
    case 'ArrowDown':
    case 'ArrowLeft': return norm(r.angle - step);
    case 'PageUp': return norm(r.angle + 45);
    case 'PageDown': return norm(r.angle - 45);
    case 'Home': return Number.isNaN(r.gradAngle) ? null : r.gradAngle;
    case 'End': return Number.isNaN(r.gradAngle) ? null : norm(r.gradAngle + 90);
    default: return null;
  }
}
