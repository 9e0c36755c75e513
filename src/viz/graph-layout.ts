/**
 * Layout of a small computation graph in screen coordinates (CSS pixels, origin top left,
 * y down). The caller places each node on a grid of abstract positions: `layer` counts steps
 * along the flow of the forward pass (0 = the leaves), `slot` is the position across it
 * (fractions allowed, e.g. 0.5 sits between slots 0 and 1). This module turns that grid into
 * pixels for one of two orientations:
 *
 * - 'horizontal': layers run left → right (x from layer, y from slot), for wide containers;
 * - 'vertical':   layers run top → bottom (y from layer, x from slot), for phones.
 *
 * Every node is a box of one size; an operation node also has a badge (the op symbol) just
 * outside its incoming side, where its incoming edges meet. Edges are cubic Béziers that leave the
 * source box on its outgoing side and end at the target's badge (or box) on its incoming side.
 * An edge that skips layers runs straight along its own row (or column) past the layers in
 * between and bends only in the last gap before its target, so it never cuts through the boxes
 * of a skipped layer.
 */

/** Where a node sits on the abstract grid, and whether it carries an op badge. */
export interface GraphNodeSpec {
  id: string;
  layer: number;
  slot: number;
  /**
   * Half the width of the node's op badge (a circle or pill of height 2·badgeRadius) where its
   * incoming edges meet, or 0 for a node without a badge (a leaf).
   */
  badge: number;
}

/** An edge from a parent (input) to the child node it feeds, by node id. */
export interface GraphEdgeSpec {
  from: string;
  to: string;
}

/** The flow direction of the forward pass on screen. */
export type GraphOrientation = 'horizontal' | 'vertical';

/** Sizes in CSS pixels. */
export interface GraphLayoutOptions {
  orientation: GraphOrientation;
  /** Width of the drawing area; the layout fills it. */
  width: number;
  /** Node box size. */
  boxWidth: number;
  boxHeight: number;
  /** Radius of an op badge (its half-height; the view may draw it as a pill). */
  badgeRadius: number;
  /** Space between a badge and its box. */
  badgeGap: number;
  /** Distance between neighbouring slots, used for the axis that does not fill `width`. */
  slotGap: number;
  /** Distance between layers, used for the axis that does not fill `width`. */
  layerGap: number;
  /** Empty margin on every side. */
  pad: number;
}

/** A placed node: its box centre (cx, cy) and, for op nodes, its badge centre and half-width. */
export interface PlacedNode {
  id: string;
  cx: number;
  cy: number;
  width: number;
  height: number;
  badge: { cx: number; cy: number; halfWidth: number } | null;
}

/** A placed edge and its SVG path data in screen coordinates, drawn from parent to child. */
export interface PlacedEdge {
  from: string;
  to: string;
  d: string;
  /** The start point, where the edge leaves the parent, and the end point, where it meets the child. */
  start: [number, number];
  end: [number, number];
}

/** The whole picture: the SVG viewBox is `0 0 width height`. */
export interface GraphLayout {
  orientation: GraphOrientation;
  width: number;
  height: number;
  nodes: Map<string, PlacedNode>;
  edges: PlacedEdge[];
}

const round = (v: number): number => Math.round(v * 10) / 10;

/**
 * Places the nodes and routes the edges. The axis along `width` is stretched so the grid
 * fills it exactly (box edges touch the padding); the other axis uses the fixed gap, and the
 * height follows from it.
 */
export function layoutGraph(nodes: readonly GraphNodeSpec[], edges: readonly GraphEdgeSpec[], o: GraphLayoutOptions): GraphLayout {
  const maxLayer = Math.max(0, ...nodes.map((n) => n.layer));
  const maxSlot = Math.max(0, ...nodes.map((n) => n.slot));
  const horizontal = o.orientation === 'horizontal';
  // Room a first-layer badge takes before its box along the flow.
  const reach = (n: GraphNodeSpec): number => (n.badge > 0 ? o.badgeGap + 2 * (horizontal ? n.badge : o.badgeRadius) : 0);
  const lead = Math.max(0, ...nodes.filter((n) => n.layer === 0).map(reach));
  const alongWidth = horizontal ? maxLayer : maxSlot;
  const start = o.pad + o.boxWidth / 2 + (horizontal ? lead : 0);
  const span = Math.max(0, o.width - 2 * o.pad - o.boxWidth - (horizontal ? lead : 0));
  const widthGap = alongWidth > 0 ? span / alongWidth : 0;
  const placed = new Map<string, PlacedNode>();
  for (const n of nodes) {
    const cx = horizontal ? start + n.layer * widthGap : alongWidth > 0 ? start + n.slot * widthGap : o.width / 2;
    const cy = horizontal
      ? o.pad + o.boxHeight / 2 + n.slot * o.slotGap
      : o.pad + lead + o.boxHeight / 2 + n.layer * o.layerGap;
    const badge =
      n.badge > 0
        ? horizontal
          ? { cx: round(cx - o.boxWidth / 2 - o.badgeGap - n.badge), cy: round(cy), halfWidth: n.badge }
          : { cx: round(cx), cy: round(cy - o.boxHeight / 2 - o.badgeGap - o.badgeRadius), halfWidth: n.badge }
        : null;
    placed.set(n.id, { id: n.id, cx: round(cx), cy: round(cy), width: o.boxWidth, height: o.boxHeight, badge });
  }
  const height = horizontal
    ? 2 * o.pad + o.boxHeight + maxSlot * o.slotGap
    : 2 * o.pad + lead + o.boxHeight + maxLayer * o.layerGap;
  const specs = new Map(nodes.map((n) => [n.id, n]));
  const routed = edges.flatMap((e) => {
    const a = placed.get(e.from);
    const b = placed.get(e.to);
    if (!a || !b) return [];
    const [x0, y0, x1, y1] = edgeEnds(a, b, o).map(round) as [number, number, number, number];
    // Layers skipped between parent and child: the edge goes straight past them.
    const skipped = Math.max(0, (specs.get(e.to)?.layer ?? 0) - (specs.get(e.from)?.layer ?? 0) - 1);
    const straight = skipped * (horizontal ? widthGap : o.layerGap);
    return [{ from: e.from, to: e.to, d: edgePath(a, b, o, straight), start: [x0, y0] as [number, number], end: [x1, y1] as [number, number] }];
  });
  return { orientation: o.orientation, width: o.width, height: round(height), nodes: placed, edges: routed };
}

/** The start (outgoing side of the parent) and end (incoming side of the child) of an edge. */
export function edgeEnds(a: PlacedNode, b: PlacedNode, o: Pick<GraphLayoutOptions, 'orientation' | 'badgeRadius'>): [number, number, number, number] {
  if (o.orientation === 'horizontal') {
    const endX = b.badge ? b.badge.cx - b.badge.halfWidth : b.cx - b.width / 2;
    return [a.cx + a.width / 2, a.cy, endX, b.badge ? b.badge.cy : b.cy];
  }
  const endY = b.badge ? b.badge.cy - o.badgeRadius : b.cy - b.height / 2;
  return [a.cx, a.cy + a.height / 2, b.badge ? b.badge.cx : b.cx, endY];
}

/**
 * A cubic Bézier leaving along the flow and arriving along the flow: control points sit half
 * way along the main axis, so edges that converge on a badge fan in smoothly. With `straight`
 * > 0 the edge first runs that far straight along the flow (past skipped layers), then bends.
 */
export function edgePath(a: PlacedNode, b: PlacedNode, o: Pick<GraphLayoutOptions, 'orientation' | 'badgeRadius'>, straight = 0): string {
  const [x0, y0, x1, y1] = edgeEnds(a, b, o).map(round) as [number, number, number, number];
  if (o.orientation === 'horizontal') {
    const bx = round(Math.min(x1, x0 + straight));
    const mx = round((bx + x1) / 2);
    return `M${x0} ${y0}${bx > x0 ? `H${bx}` : ''}C${mx} ${y0} ${mx} ${y1} ${x1} ${y1}`;
  }
  const by = round(Math.min(y1, y0 + straight));
  const my = round((by + y1) / 2);
  return `M${x0} ${y0}${by > y0 ? `V${by}` : ''}C${x0} ${my} ${x1} ${my} ${x1} ${y1}`;
}

/** Joins the paths of several edges into one path's data, for drawing a style bucket at once. */
export function joinPaths(edges: readonly PlacedEdge[]): string {
  return edges.map((e) => e.d).join('');
}

/**
 * Small filled triangles as one path's data. By default at the ends of edges, pointing along
 * the flow (+x when horizontal, +y when vertical); with `reverse`, at their starts pointing back
 * (for what flows from child to parent, like gradients). `size` is the length in pixels.
 */
export function arrowHeads(edges: readonly PlacedEdge[], orientation: GraphOrientation, size = 6, reverse = false): string {
  const half = round(size * 0.55);
  const s = reverse ? -size : size;
  return edges
    .map(({ start, end }) => {
      const [x, y] = reverse ? start : end;
      return orientation === 'horizontal' ? `M${x} ${y}l${-s} ${-half}v${2 * half}z` : `M${x} ${y}l${-half} ${-s}h${2 * half}z`;
    })
    .join('');
}
