import type { Point } from './graph-layout';
import type { GraphLink } from './graph-model';
import { DIRECTED_KINDS, LINK_KIND_SHORT } from './link-kinds';

export interface LinkGeometry {
  path: string;
  /** Where the kind's label is drawn, or null when no free place was found (the legend and tooltip still tell it). */
  label: Point | null;
}

const NETWORK_CLEARANCE = 34;
const LABEL_HEIGHT = 15;
/** Roughly the width of a 12px bold character, to keep labels from overlapping. */
const CHAR_WIDTH = 6.6;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) => Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;

/** Several links between the same two networks bend apart instead of overlapping. */
function pairOffset(links: GraphLink[], link: GraphLink): number {
  const key = (l: GraphLink) => [l.from.id, l.to.id].sort().join('|');
  const same = links.filter((l) => key(l) === key(link));
  return same.length < 2 ? 0 : (same.indexOf(link) - (same.length - 1) / 2) * 70;
}

/**
 * The curve of each link (straight unless two links join the same networks), stopping short of a
 * directed link's target so that its arrow shows, and a place for its label where it covers
 * neither another label nor a network (tried along the line, middle first).
 */
export function linkGeometries(
  links: GraphLink[],
  positions: Map<string, Point>,
  networkIds: string[],
): Map<string, LinkGeometry> {
  const placed: Box[] = networkIds.flatMap((id) => {
    const at = positions.get(id);
    return at ? [{ x: at.x, y: at.y, width: NETWORK_CLEARANCE * 2, height: NETWORK_CLEARANCE * 2 }] : [];
  });
  const result = new Map<string, LinkGeometry>();
  for (const link of links) {
    const [a, b] = [positions.get(link.from.id), positions.get(link.to.id)];
    if (!a || !b) continue;
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    const length = Math.hypot(dx, dy) || 1;
    const offset = pairOffset(links, link);
    const control = { x: (a.x + b.x) / 2 - (dy / length) * offset, y: (a.y + b.y) / 2 + (dx / length) * offset };
    const end = DIRECTED_KINDS.includes(link.kind) ? { x: b.x - (dx / length) * 36, y: b.y - (dy / length) * 36 } : b;
    const at = (t: number): Point => ({
      x: (1 - t) ** 2 * a.x + 2 * (1 - t) * t * control.x + t ** 2 * end.x,
      y: (1 - t) ** 2 * a.y + 2 * (1 - t) * t * control.y + t ** 2 * end.y,
    });
    const width = LINK_KIND_SHORT[link.kind].length * CHAR_WIDTH + 8;
    let label: Point | null = null;
    for (const t of [0.5, 0.42, 0.58, 0.34, 0.66, 0.28, 0.72]) {
      const box = { ...at(t), width, height: LABEL_HEIGHT };
      if (!placed.some((other) => overlaps(box, other))) {
        placed.push(box);
        label = at(t);
        break;
      }
    }
    result.set(link.id, { path: `M${a.x},${a.y} Q${control.x},${control.y} ${end.x},${end.y}`, label });
  }
  return result;
}
