/** Light to dark; the darkest still lets the dark label halo read, and every step differs from white. */
export const SHADES = ['#e3f1ee', '#b3dbd3', '#77bfb3', '#3f9a8c'] as const;

export interface ShadeClass {
  from: number;
  to: number;
  color: string;
}

/** Equal-interval classes over the observed counts (at most one class per distinct value). */
export function shadeClasses(counts: number[]): ShadeClass[] {
  if (counts.length === 0) return [];
  const min = Math.min(...counts);
  const max = Math.max(...counts);
  const steps = Math.min(SHADES.length, max - min + 1);
  const size = (max - min + 1) / steps;
  return Array.from({ length: steps }, (_, index) => ({
    from: Math.ceil(min + index * size),
    to: Math.ceil(min + (index + 1) * size) - 1,
    color: SHADES[steps === 1 ? SHADES.length - 1 : Math.round((index * (SHADES.length - 1)) / (steps - 1))],
  }));
}

export function shadeOf(classes: ShadeClass[], count: number | undefined): string {
  if (count === undefined) return '#ffffff';
  return classes.find((shade) => count >= shade.from && count <= shade.to)?.color ?? '#ffffff';
}
