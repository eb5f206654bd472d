import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceRadial,
  forceSimulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';

/** What the layout needs to know of the graph: ids, kinds and sizes, nothing to display. */
export interface LayoutNode {
  id: string;
  kind: 'network' | 'organization';
  radius: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
  /** Links between networks, or an organisation's membership of a network. */
  kind: 'link' | 'membership';
}

export interface Point {
  x: number;
  y: number;
}

export const CENTER: Point = { x: 500, y: 380 };
/** Networks on an inner ring, the structures they share on an outer one (their names outwards). */
const NETWORK_RING = 215;
const ORGANIZATION_RING = 340;
const TICKS = 400;

type SimNode = LayoutNode & SimulationNodeDatum;
type SimEdge = SimulationLinkDatum<SimNode> & { kind: LayoutEdge['kind'] };

/** A small seeded generator (LCG): d3-force jiggles coincident nodes with it, the same way every time. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
}

/** A network linked to every other one (the steering committee) sits in the middle: its links are then spokes. */
export function hubOf(networkIds: string[], edges: LayoutEdge[]): string | null {
  if (networkIds.length < 3) return null;
  const links = edges.filter((e) => e.kind === 'link');
  return (
    networkIds.find((id) =>
      networkIds.every(
        (other) => other === id || links.some((e) => [e.source, e.target].sort().join() === [id, other].sort().join()),
      ),
    ) ?? null
  );
}

/**
 * Orders the networks around the ring so that linked ones are near each other (short chords, few
 * crossings): every order is tried (a handful of networks: 6! = 720 at most for seven), the first
 * best one kept, so the result is the same every time.
 */
function ringOrder(networkIds: string[], edges: LayoutEdge[]): string[] {
  const ids = new Set(networkIds);
  const pairs = edges.filter((e) => e.kind === 'link' && ids.has(e.source) && ids.has(e.target));
  if (networkIds.length > 8) return networkIds;
  const n = networkIds.length;
  const cost = (order: string[]) =>
    pairs.reduce((sum, e) => {
      const gap = Math.abs(order.indexOf(e.source) - order.indexOf(e.target));
      return sum + Math.min(gap, n - gap) ** 2;
    }, 0);
  let best = networkIds;
  let bestCost = cost(best);
  const permute = (prefix: string[], rest: string[]) => {
    if (rest.length === 0) {
      const c = cost(prefix);
      if (c < bestCost) [best, bestCost] = [prefix, c];
      return;
    }
    rest.forEach((id, i) => permute([...prefix, id], [...rest.slice(0, i), ...rest.slice(i + 1)]));
  };
  if (n > 1) permute([networkIds[0]], networkIds.slice(1));
  return best;
}

/**
 * Places the graph with d3-force, deterministically: nodes start at fixed places, the random source
 * is seeded and the simulation runs a fixed number of ticks without a timer, so the same data
 * always gives the same picture (and stable screenshots).
 */
export function layoutGraph(nodes: LayoutNode[], edges: LayoutEdge[]): Map<string, Point> {
  const networkIds = nodes.filter((n) => n.kind === 'network').map((n) => n.id);
  const hub = hubOf(networkIds, edges);
  const ring = ringOrder(
    networkIds.filter((id) => id !== hub),
    edges,
  );
  const angleOf = new Map(ring.map((id, i) => [id, (2 * Math.PI * i) / ring.length - Math.PI / 2]));
  const simNodes: SimNode[] = nodes.map((node, i) => {
    if (node.id === hub) return { ...node, x: CENTER.x, y: CENTER.y, fx: CENTER.x, fy: CENTER.y };
    if (node.kind === 'network') {
      // Networks are held evenly on their ring, in the order that keeps linked ones close; the
      // forces place the structures between them (pulled by their memberships, pushed apart).
      const at = onCircle(angleOf.get(node.id)!, NETWORK_RING);
      return { ...node, ...at, fx: at.x, fy: at.y };
    }
    // A structure starts at the mean angle of its networks (or spread around when it has none placed).
    const angles = edges
      .filter((e) => e.kind === 'membership' && e.source === node.id && angleOf.has(e.target))
      .map((e) => angleOf.get(e.target)!);
    const angle = angles.length ? meanAngle(angles) + i * 0.01 : (2 * Math.PI * i) / nodes.length;
    return { ...node, ...onCircle(angle, ORGANIZATION_RING) };
  });
  const simEdges: SimEdge[] = edges.filter((e) => e.kind === 'membership').map((e) => ({ ...e }));

  const simulation = forceSimulation<SimNode>(simNodes)
    .randomSource(seeded(20221127))
    .force(
      'links',
      forceLink<SimNode, SimEdge>(simEdges)
        .id((node) => node.id)
        .distance(110)
        .strength(0.06),
    )
    .force(
      'charge',
      forceManyBody<SimNode>().strength((node) => (node.kind === 'network' ? -300 : -140)),
    )
    .force(
      'collide',
      forceCollide<SimNode>().radius((node) => node.radius + (node.kind === 'network' ? 40 : 16)),
    )
    .force(
      'rings',
      forceRadial<SimNode>(ORGANIZATION_RING, CENTER.x, CENTER.y).strength((node) => (node.kind === 'network' ? 0 : 0.7)),
    )
    .stop();
  for (let i = 0; i < TICKS; i++) simulation.tick();
  return new Map(simNodes.map((node) => [node.id, { x: round(node.x!), y: round(node.y!) }]));
}

const onCircle = (angle: number, radius: number): Point => ({
  x: CENTER.x + radius * Math.cos(angle),
  y: CENTER.y + radius * Math.sin(angle),
});

function meanAngle(angles: number[]): number {
  const [x, y] = angles.reduce(([sx, sy], a) => [sx + Math.cos(a), sy + Math.sin(a)], [0, 0]);
  return Math.atan2(y, x);
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The drawing's frame: the extent of the nodes shown, with room for the names (structures' beside,
 * networks' above or below), and no smaller than `minWidth` so that a few nodes are not blown up.
 */
export function frameOf(positions: Point[], minWidth = 720): { x: number; y: number; width: number; height: number } {
  if (positions.length === 0) return { x: 0, y: 0, width: 1000, height: 700 };
  const xs = positions.map((p) => p.x);
  const ys = positions.map((p) => p.y);
  let [x, y] = [Math.min(...xs) - 190, Math.min(...ys) - 95];
  let [width, height] = [Math.max(...xs) + 190 - x, Math.max(...ys) + 100 - y];
  if (width < minWidth) [x, width] = [x - (minWidth - width) / 2, minWidth];
  const minHeight = minWidth * 0.6;
  if (height < minHeight) [y, height] = [y - (minHeight - height) / 2, minHeight];
  return { x, y, width, height };
}
