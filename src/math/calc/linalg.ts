/**
 * Small dense linear algebra for worked examples: products, determinants, inverses, linear
 * solves, eigenvalues and singular values of the few-by-few matrices an entry shows. Accuracy
 * matters more than speed here: partial pivoting, and Jacobi rotations for symmetric matrices.
 */
import { CalcError, type Mat, type Vec } from './value';

const TOL = 1e-12;

/** The n×n identity. */
export const eye = (n: number): Mat => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));

/** The transpose of a matrix; a vector becomes a 1×n row. */
export const transpose = (a: Mat): Mat => a[0]!.map((_, j) => a.map((row) => row[j]!));

/** A·B, with a shape check. */
export function matmul(a: Mat, b: Mat): Mat {
  if (a[0]!.length !== b.length) throw new CalcError(`cannot multiply a ${a.length}×${a[0]!.length} matrix by a ${b.length}×${b[0]!.length} one`);
  return a.map((row) => b[0]!.map((_, j) => row.reduce((s, x, k) => s + x * b[k]![j]!, 0)));
}

/** A·v for a column vector v. */
export function matvec(a: Mat, v: Vec): Vec {
  if (a[0]!.length !== v.length) throw new CalcError(`cannot multiply a ${a.length}×${a[0]!.length} matrix by a vector of length ${v.length}`);
  return a.map((row) => row.reduce((s, x, k) => s + x * v[k]!, 0));
}

function square(a: Mat, what: string): number {
  if (a.length !== a[0]!.length) throw new CalcError(`${what} needs a square matrix, not ${a.length}×${a[0]!.length}`);
  return a.length;
}

/** LU decomposition with partial pivoting: the determinant and a solver. */
function lu(a: Mat, what: string): { det: number; solve: (b: Vec) => Vec; singular: boolean } {
  const n = square(a, what);
  const m = a.map((row) => [...row]);
  const perm = Array.from({ length: n }, (_, i) => i);
  let det = 1;
  let singular = false;
  const scale = Math.max(...a.flat().map(Math.abs), 1e-300);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(m[i]![k]!) > Math.abs(m[p]![k]!)) p = i;
    if (Math.abs(m[p]![k]!) <= TOL * scale) {
      singular = true;
      det = 0;
      continue;
    }
    if (p !== k) {
      [m[p], m[k]] = [m[k]!, m[p]!];
      [perm[p], perm[k]] = [perm[k]!, perm[p]!];
      det = -det;
    }
    det *= m[k]![k]!;
    for (let i = k + 1; i < n; i++) {
      const f = m[i]![k]! / m[k]![k]!;
      m[i]![k] = f;
      for (let j = k + 1; j < n; j++) m[i]![j]! -= f * m[k]![j]!;
    }
  }
  const solve = (b: Vec): Vec => {
    if (singular) throw new CalcError(`${what}: the matrix is singular`);
    if (b.length !== n) throw new CalcError(`${what}: the right-hand side has length ${b.length}, not ${n}`);
    const y = perm.map((p) => b[p]!);
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) y[i]! -= m[i]![j]! * y[j]!;
    for (let i = n - 1; i >= 0; i--) {
      for (let j = i + 1; j < n; j++) y[i]! -= m[i]![j]! * y[j]!;
      y[i]! /= m[i]![i]!;
    }
    return y;
  };
  return { det, solve, singular };
}

/** The determinant of a square matrix. */
export const det = (a: Mat): number => lu(a, 'det').det;

/** The solution x of A x = b. */
export const solve = (a: Mat, b: Vec): Vec => lu(a, 'solve').solve(b);

/** The inverse of a square matrix; fails on a singular one. */
export function inv(a: Mat): Mat {
  const f = lu(a, 'inv');
  if (f.singular) throw new CalcError('inv: the matrix is singular (its determinant is 0)');
  return transpose(eye(a.length).map((e) => f.solve(e)));
}

const isSymmetric = (a: Mat): boolean => a.every((row, i) => row.every((x, j) => Math.abs(x - a[j]![i]!) <= 1e-12 * (1 + Math.abs(x))));

/**
 * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations: eigenvalues descending
 * and unit eigenvectors as columns, each with its largest-magnitude entry positive.
 */
export function eigSymmetric(a: Mat): { values: Vec; vectors: Mat } {
  const n = square(a, 'eig');
  const m = a.map((row) => [...row]);
  const v = eye(n);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p]![q]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(m[p]![q]!) < 1e-300) continue;
        const theta = (m[q]![q]! - m[p]![p]!) / (2 * m[p]![q]!);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k]![p]!, mkq = m[k]![q]!;
          m[k]![p] = c * mkp - s * mkq;
          m[k]![q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p]![k]!, mqk = m[q]![k]!;
          m[p]![k] = c * mpk - s * mqk;
          m[q]![k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k]![p]!, vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => m[j]![j]! - m[i]![i]!);
  const values = order.map((i) => m[i]![i]!);
  const columns = order.map((i) => {
    const col = v.map((row) => row[i]!);
    const big = col.reduce((b, x) => (Math.abs(x) > Math.abs(b) + 1e-12 ? x : b), 0);
    return big < 0 ? col.map((x) => -x) : col;
  });
  return { values, vectors: transpose(columns) };
}

/** Real eigenvalues, descending: Jacobi for symmetric matrices, the quadratic formula for 2×2. */
export function eigenvalues(a: Mat): Vec {
  const n = square(a, 'eig');
  if (isSymmetric(a)) return eigSymmetric(a).values;
  if (n === 1) return [a[0]![0]!];
  if (n !== 2) throw new CalcError('eig: non-symmetric matrices are supported only up to 2×2');
  const [[p, q], [r, s]] = a as [[number, number], [number, number]];
  const tr = p + s;
  const disc = ((p - s) / 2) ** 2 + q * r;
  if (disc < 0) throw new CalcError(`eig: the eigenvalues are complex (${tr / 2} ± ${Math.sqrt(-disc)}i)`);
  return [tr / 2 + Math.sqrt(disc), tr / 2 - Math.sqrt(disc)];
}

/** Unit eigenvectors of a symmetric matrix, as columns in the order of {@link eigenvalues}. */
export function eigenvectors(a: Mat): Mat {
  if (!isSymmetric(a)) throw new CalcError('eigvecs: needs a symmetric matrix');
  return eigSymmetric(a).vectors;
}

/**
 * Singular values, descending, by one-sided Jacobi rotations on the columns (Hestenes), which
 * keeps small singular values accurate (forming AᵀA would square the condition number).
 */
export function singularValues(a: Mat): Vec {
  const m0 = a.length < a[0]!.length ? transpose(a) : a;
  const u = m0.map((row) => [...row]);
  const n = u[0]!.length;
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        let alpha = 0, beta = 0, gamma = 0;
        for (const row of u) {
          alpha += row[p]! ** 2;
          beta += row[q]! ** 2;
          gamma += row[p]! * row[q]!;
        }
        if (Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta) || gamma === 0) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (const row of u) {
          const x = row[p]!, y = row[q]!;
          row[p] = c * x - s * y;
          row[q] = s * x + c * y;
        }
      }
    }
    if (!rotated) break;
  }
  return Array.from({ length: n }, (_, j) => Math.hypot(...u.map((row) => row[j]!))).sort((x, y) => y - x);
}

/** The rank: the number of singular values above a relative tolerance. */
export function rank(a: Mat): number {
  const s = singularValues(a);
  const tol = Math.max(a.length, a[0]!.length) * (s[0] ?? 0) * 1e-12;
  return s.filter((x) => x > tol).length;
}
