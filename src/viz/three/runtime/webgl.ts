/**
 * Whether the live 3D view can start, asked before three.js is even loaded: a WebGL 2 context
 * for the canvas, or null when the browser cannot make one (no WebGL, blocked by policy, or a
 * lost context). Asking first lets the figure fall back quietly instead of letting the
 * renderer throw and log. Works on a page's canvas and on an OffscreenCanvas in a worker.
 */

/** The canvas's WebGL 2 context with the attributes the scene wants, or null. */
export function webglContext(canvas: HTMLCanvasElement | OffscreenCanvas): WebGL2RenderingContext | null {
  try {
    const gl = canvas.getContext('webgl2', { antialias: false, alpha: true, powerPreference: 'low-power' }) as WebGL2RenderingContext | null;
    return gl && !gl.isContextLost() ? gl : null;
  } catch {
    return null;
  }
}
