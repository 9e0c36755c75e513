/**
 * The one place where world and screen coordinates meet.
 *
 * World: the mathematical plane of f(x, y), y pointing up. Screen: SVG user units of the plot,
 * origin top left, y pointing down. Every drawing helper receives a `Scale2D` and never does
 * this arithmetic itself, so a sign error in y can only live here. World rectangles and
 * sampling grids are the maths engine's types (`WorldRect`, `GridSpec`).
 */
import type { GridSpec, WorldRect } from '../math';

/** A rectangle on screen in SVG user units (y down). */
export interface ScreenRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** An affine map between world and screen for one window and one plot rectangle. */
export interface Scale2D {
  readonly world: WorldRect;
  readonly screen: ScreenRect;
  /** Screen units per world unit along x and along y (both positive). */
  readonly kx: number;
  readonly ky: number;
  /** World x → screen x. */
  x(wx: number): number;
  /** World y → screen y (flipped: larger y is higher up, so a smaller screen y). */
  y(wy: number): number;
  /** Screen x → world x. */
  invertX(sx: number): number;
  /** Screen y → world y. */
  invertY(sy: number): number;
}

/** The scale that maps `world` onto `screen`, world y up, screen y down. */
export function createScale2D(world: WorldRect, screen: ScreenRect): Scale2D {
  const [x0, x1] = world.x;
  const [y0, y1] = world.y;
  const kx = screen.width / (x1 - x0);
  const ky = screen.height / (y1 - y0);
  const bottom = screen.top + screen.height;
  return {
    world,
    screen,
    kx,
    ky,
    x: (wx) => screen.left + (wx - x0) * kx,
    y: (wy) => bottom - (wy - y0) * ky,
    invertX: (sx) => x0 + (sx - screen.left) / kx,
    invertY: (sy) => y0 + (bottom - sy) / ky,
  };
}

/** A world vector (vx, vy) as a screen vector: scaled per axis, y flipped. */
export function vectorToScreen(scale: Scale2D, vx: number, vy: number): [number, number] {
  return [vx * scale.kx, -vy * scale.ky];
}

/**
 * Screen position of a point in d3-contour's grid coordinates, as sx = ax + bx·p and
 * sy = ay + by·q. d3-contour puts sample (i, j) at (p, q) = (i + 0.5, j + 0.5), so sample i is
 * at world x = x0 + (p − 0.5)·hx with hx the sample spacing.
 */
export interface GridToScreen {
  ax: number;
  bx: number;
  ay: number;
  by: number;
}

/** The affine map from a grid's contour coordinates to the screen of `scale`. */
export function gridToScreen(grid: GridSpec, scale: Scale2D): GridToScreen {
  const hx = (grid.x[1] - grid.x[0]) / (grid.nx - 1);
  const hy = (grid.y[1] - grid.y[0]) / (grid.ny - 1);
  const ax = scale.x(grid.x[0] - 0.5 * hx);
  const ay = scale.y(grid.y[0] - 0.5 * hy);
  return { ax, bx: hx * scale.kx, ay, by: -hy * scale.ky };
}

/** Is the world point inside the rectangle (edges included)? */
export function contains(world: WorldRect, x: number, y: number): boolean {
  return x >= world.x[0] && x <= world.x[1] && y >= world.y[0] && y <= world.y[1];
}
