/**
 * The scene's colours, taken from the page's CSS custom properties so that three.js materials
 * follow the design tokens in light and dark mode. Read at mount and again when the colour
 * scheme changes.
 */

/** Colours of the scene as CSS colour strings (rgb(...) or #rrggbb). */
export interface Palette {
  /** The gradient arrow (--c-grad). */
  grad: string;
  /** The slice along x (plane y = y0), its tangent and the ∂f/∂x arrow. */
  sliceX: string;
  /** The slice along y (plane x = x0), its tangent and the ∂f/∂y arrow. */
  sliceY: string;
  /** The movable point (--c-move). */
  move: string;
  /** Floor grid and box (--c-rule). */
  rule: string;
  /** Faint lines and the drop line (--c-muted). */
  muted: string;
  /** The figure's background (--c-surface), used for outlines and the surface grid. */
  surface: string;
  /** The floor's fill (--c-surface-2). */
  surface2: string;
}

/** Which custom property each palette entry reads. */
export const PALETTE_PROPERTIES: Record<keyof Palette, string> = {
  grad: '--c-grad',
  sliceX: '--c-slice-x',
  sliceY: '--c-slice-y',
  move: '--c-move',
  rule: '--c-rule',
  muted: '--c-muted',
  surface: '--c-surface',
  surface2: '--c-surface-2',
};

/** A fallback palette (the light theme) for when a property cannot be resolved. */
export const FALLBACK_PALETTE: Palette = {
  grad: '#c2410c',
  sliceX: '#0f766e',
  sliceY: '#be185d',
  move: '#1f5fd6',
  rule: '#dcd8cf',
  muted: '#57544e',
  surface: '#ffffff',
  surface2: '#f2f0ea',
};

/**
 * Resolves each property as the computed colour of a hidden probe inside `root` (so values
 * such as color-mix() are resolved by the browser), then to plain rgb() through a 1×1 canvas,
 * which three.js's Color parses.
 */
export function readPalette(root: HTMLElement): Palette {
  const probe = document.createElement('span');
  probe.hidden = true;
  root.append(probe);
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const palette = { ...FALLBACK_PALETTE };
  for (const key of Object.keys(PALETTE_PROPERTIES) as (keyof Palette)[]) {
    probe.style.color = `var(${PALETTE_PROPERTIES[key]}, ${FALLBACK_PALETTE[key]})`;
    const computed = getComputedStyle(probe).color;
    if (!ctx || !computed) continue;
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = computed;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
    palette[key] = `rgb(${r}, ${g}, ${b})`;
  }
  probe.remove();
  return palette;
}
