import {
  type AssetCategory,
  assetCategories,
  type RelationshipStage,
  relationshipStages,
} from '@/db/schema/vocabulary';

/**
 * The map's bulk data, shaped to stay small at tens of thousands of partners: each partner is one
 * short array, its stage and category sent as indexes into the vocabularies. Pure: the route
 * handler encodes with it and the browser decodes with it.
 *
 *   placed:   [id, name, stage, category, lat, lng, version]         an exact point
 *             [id, name, stage, category, lat, lng, version, 1]      an approximate point (rounded)
 *   hidden:   [id, name, stage, category]   location hidden: never a coordinate
 *   unplaced: [id, name, stage, category]   no point recorded yet
 *   branches: [id, name, lat, lng]
 */
export type PlacedRow =
  | [string, string, number, number, number, number, number]
  | [string, string, number, number, number, number, number, 1];
export type NamedRow = [string, string, number, number];
export type BranchRow = [string, string, number, number];

export type MapPayload = {
  partners: PlacedRow[];
  hidden: NamedRow[];
  unplaced: NamedRow[];
  hiddenCount: number;
  /** The organization's count of map changes the data is as of (lib/map/cache.ts). */
  version?: number;
  branches: BranchRow[];
};

/** A partner as the browser uses it. */
export type MapPoint = {
  id: string;
  name: string;
  stage: RelationshipStage;
  category: AssetCategory;
  lat: number;
  lng: number;
  version: number;
  approximate: boolean;
};

export type MapListed = { id: string; name: string; stage: RelationshipStage; category: AssetCategory };
export type MapBranch = { id: string; name: string; lat: number; lng: number };

export type MapData = {
  points: MapPoint[];
  hidden: MapListed[];
  unplaced: MapListed[];
  branches: MapBranch[];
};

/**
 * Decimal places of a point: about a metre for an exact one (more would only add bytes), about a
 * kilometre for an approximate one (never more than its area, to anyone). lib/map/queries.ts rounds
 * in SQL with these very numbers, so the rows it writes are the rows this module reads.
 */
export const pointDigits = { exact: 5, approximate: 2 } as const;

/** The orders stage and category travel in, as indexes: the SQL and the decoder share them. */
export const stageOrder = relationshipStages;
export const categoryOrder = assetCategories;

function roundTo(digits: number, value: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export function roundExact(value: number): number {
  return roundTo(pointDigits.exact, value);
}

export function roundApproximate(value: number): number {
  return roundTo(pointDigits.approximate, value);
}

function stageAt(index: number): RelationshipStage {
  return stageOrder[index] ?? 'identified';
}

function categoryAt(index: number): AssetCategory {
  return categoryOrder[index] ?? 'institution';
}

function listed(row: NamedRow): MapListed {
  return { id: row[0], name: row[1], stage: stageAt(row[2]), category: categoryAt(row[3]) };
}

/**
 * Reads /api/map's answer: the MapPayload's JSON, gzipped once on the server and sent as a gzip
 * file (app/api/map/route.ts), unpacked here with the platform's own DecompressionStream.
 */
export async function readMapPayload(response: Response): Promise<MapPayload> {
  if (!response.body) throw new Error('The map data came back empty.');
  const unpacked = response.body.pipeThrough(new DecompressionStream('gzip'));
  return (await new Response(unpacked).json()) as MapPayload;
}

export function decodeMapPayload(payload: MapPayload): MapData {
  return {
    points: payload.partners.map((row) => ({
      id: row[0],
      name: row[1],
      stage: stageAt(row[2]),
      category: categoryAt(row[3]),
      lat: row[4],
      lng: row[5],
      version: row[6],
      approximate: row[7] === 1,
    })),
    hidden: payload.hidden.map(listed),
    unplaced: payload.unplaced.map(listed),
    branches: payload.branches.map(([id, name, lat, lng]) => ({ id, name, lat, lng })),
  };
}

/**
 * The built-in offline base map (lib/map/basemap.ts makes it): outlines as GeoJSON MultiLineString
 * coordinates ([longitude, latitude]) and place labels.
 */
export type OfflineBaseMap = {
  attribution: string;
  borders: [number, number][][];
  coast: [number, number][][];
  counties: [number, number][][];
  /** [name, latitude, longitude, the zoom from which it is labelled]. */
  places: [string, number, number, number][];
};
