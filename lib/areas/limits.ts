/** What one upload of areas may hold. Beyond these a file is refused with a message and nothing is kept. */
export const areaLimits = {
  /** The upload itself: a county's census tracts as GeoJSON are about this size. */
  fileBytes: 5 * 1024 * 1024,
  /** Areas in one file, and in one set. */
  areasPerFile: 500,
  areasPerSet: 1000,
  /** Corners kept per area: a shape with more is simplified until it fits (lib/areas/shapes.ts). */
  pointsPerArea: 2000,
  /** A shape with more corners than this is refused rather than simplified: it is not an area drawing. */
  rawPointsPerArea: 200_000,
  nameCharacters: 120,
} as const;

/** The file kinds an area upload reads, for the file picker. */
export const acceptedAreaFileTypes = '.geojson,.json,.kml,.kmz';
