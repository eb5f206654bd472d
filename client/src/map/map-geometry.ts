import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Polygon, MultiPolygon } from 'geojson';

export interface CommuneProperties {
  inseeCode: string;
  name: string;
}

export type CommuneFeature = Feature<Polygon | MultiPolygon, CommuneProperties>;

export interface CommuneShape {
  inseeCode: string;
  name: string;
  path: string;
  labelAt: [number, number];
  /** Too small for its name to fit without covering a neighbour's. */
  small: boolean;
}

export interface MapGeometry {
  width: number;
  height: number;
  shapes: CommuneShape[];
}

/** Projects the territory's boundaries (GeoJSON, outer rings clockwise as d3-geo expects) into SVG paths. */
const SMALL_AREA_SHARE = 0.01;

export function projectBoundaries(boundaries: string, width: number): MapGeometry {
  const collection = parseBoundaries(boundaries);
  const projection = geoMercator().fitWidth(width, collection);
  const path = geoPath(projection);
  const [, [, bottom]] = path.bounds(collection);
  const shapes = collection.features.map((feature) => ({
    inseeCode: feature.properties.inseeCode,
    name: feature.properties.name,
    path: path(feature) ?? '',
    labelAt: path.centroid(feature),
    small: path.area(feature) < SMALL_AREA_SHARE * width * width,
  }));
  return { width, height: Math.ceil(bottom), shapes };
}

function parseBoundaries(boundaries: string): FeatureCollection<Polygon | MultiPolygon, CommuneProperties> {
  try {
    const parsed = JSON.parse(boundaries) as FeatureCollection<Polygon | MultiPolygon, CommuneProperties>;
    if (parsed?.type === 'FeatureCollection' && Array.isArray(parsed.features)) return parsed;
  } catch {
    // An unreadable map must not take the directory down with it: draw nothing.
  }
  return { type: 'FeatureCollection', features: [] };
}
