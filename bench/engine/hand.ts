/**
 * The limit: hand-written closed-form JavaScript for f1–f4 and their gradients, as tight loops
 * over the grid filling the same row-major arrays the engine fills. Written as a competent
 * person would: y-only terms hoisted out of the inner loop, everything else per point.
 */

/** A grid: nx × ny points over [x0, x1] × [y0, y1], both ends included. */
export interface Grid {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly nx: number;
  readonly ny: number;
}

/** f alone, and f with its gradient, by hand. */
export interface Hand {
  readonly f: (g: Grid, values: Float64Array) => void;
  readonly fg: (g: Grid, values: Float64Array, dx: Float64Array, dy: Float64Array) => void;
}

const hx = (g: Grid): number => (g.x1 - g.x0) / (g.nx - 1);
const hy = (g: Grid): number => (g.y1 - g.y0) / (g.ny - 1);

/** f1 = x^2 + y^2 */
const f1: Hand = {
  f(g, v) {
    for (let j = 0, k = 0; j < g.ny; j++) {
      const y = g.y0 + j * hy(g);
      const yy = y * y;
      for (let i = 0; i < g.nx; i++, k++) {
        const x = g.x0 + i * hx(g);
        v[k] = x * x + yy;
      }
    }
  },
  fg(g, v, dx, dy) {
    for (let j = 0, k = 0; j < g.ny; j++) {
      const y = g.y0 + j * hy(g);
      const yy = y * y;
      for (let i = 0; i < g.nx; i++, k++) {
        const x = g.x0 + i * hx(g);
        v[k] = x * x + yy;
        dx[k] = 2 * x;
        dy[k] = 2 * y;
      }
    }
  },
};

/**
 * f2 = sin(x)·cos(y) + 0.1·x^2. The x-only terms are computed once per column and the y-only
 * terms once per row, as a careful hand would; the engine's grid programs hoist the same way,
 * so the comparison is like for like.
 */
const f2: Hand = {
  f(g, v) {
    const sx = new Float64Array(g.nx);
    const qx = new Float64Array(g.nx);
    for (let i = 0; i < g.nx; i++) {
      const x = g.x0 + i * hx(g);
      sx[i] = Math.sin(x);
      qx[i] = 0.1 * x * x;
    }
    for (let j = 0, k = 0; j < g.ny; j++) {
      const cy = Math.cos(g.y0 + j * hy(g));
      for (let i = 0; i < g.nx; i++, k++) v[k] = sx[i]! * cy + qx[i]!;
    }
  },
  fg(g, v, dx, dy) {
    const sx = new Float64Array(g.nx);
    const cx = new Float64Array(g.nx);
    const qx = new Float64Array(g.nx);
    const lx = new Float64Array(g.nx);
    for (let i = 0; i < g.nx; i++) {
      const x = g.x0 + i * hx(g);
      sx[i] = Math.sin(x);
      cx[i] = Math.cos(x);
      qx[i] = 0.1 * x * x;
      lx[i] = 0.2 * x;
    }
    for (let j = 0, k = 0; j < g.ny; j++) {
      const y = g.y0 + j * hy(g);
      const cy = Math.cos(y);
      const sy = Math.sin(y);
      for (let i = 0; i < g.nx; i++, k++) {
        v[k] = sx[i]! * cy + qx[i]!;
        dx[k] = cx[i]! * cy + lx[i]!;
        dy[k] = -sx[i]! * sy;
      }
    }
  },
};

/** f3 = log(1 + exp(-x·y)) + (x - 1)^2 / 4 */
const f3: Hand = {
  f(g, v) {
    for (let j = 0, k = 0; j < g.ny; j++) {
      const y = g.y0 + j * hy(g);
      for (let i = 0; i < g.nx; i++, k++) {
        const x = g.x0 + i * hx(g);
        const u = x - 1;
        v[k] = Math.log(1 + Math.exp(-x * y)) + (u * u) / 4;
      }
    }
  },
  fg(g, v, dx, dy) {
    for (let j = 0, k = 0; j < g.ny; j++) {
      const y = g.y0 + j * hy(g);
      for (let i = 0; i < g.nx; i++, k++) {
        const x = g.x0 + i * hx(g);
        const t = Math.exp(-x * y);
        const q = t / (1 + t);
        const u = x - 1;
        v[k] = Math.log(1 + t) + (u * u) / 4;
        dx[k] = -y * q + u / 2;
        dy[k] = -x * q;
      }
    }
  },
};

/** f4 = (1 - x)^2 + 100·(y - x^2)^2, Rosenbrock's function */
const f4: Hand = {
  f(g, v) {
    for (let j = 0, k = 0; j < g.ny; j++) {
      const y = g.y0 + j * hy(g);
      for (let i = 0; i < g.nx; i++, k++) {
        const x = g.x0 + i * hx(g);
        const a = 1 - x;
        const b = y - x * x;
        v[k] = a * a + 100 * b * b;
      }
    }
  },
  fg(g, v, dx, dy) {
    for (let j = 0, k = 0; j < g.ny; j++) {
      const y = g.y0 + j * hy(g);
      for (let i = 0; i < g.nx; i++, k++) {
        const x = g.x0 + i * hx(g);
        const a = 1 - x;
        const b = y - x * x;
        v[k] = a * a + 100 * b * b;
        dx[k] = -2 * a - 400 * x * b;
        dy[k] = 200 * b;
      }
    }
  },
};

/** The four benchmark functions, by name. */
export const HAND: Readonly<Record<'f1' | 'f2' | 'f3' | 'f4', Hand>> = { f1, f2, f3, f4 };
