/** The file kinds an import reads, for the file picker (lib/import/read.ts reads them). */
export const acceptedFileTypes = '.csv,.tsv,.txt,.xlsx,.kml,.kmz,.geojson,.json';

/** What one import may hold. Beyond these a file is refused with a message and nothing is kept. */
export const importLimits = {
  /** The upload itself. */
  fileBytes: 10 * 1024 * 1024,
  /**
   * An Excel or KMZ file, unpacked: a small file can unpack into gigabytes. Counted as it is
   * inflated (lib/import/unzip.ts), never taken from the sizes the zip declares.
   */
  unpackedBytes: 60 * 1024 * 1024,
  /** Files inside one zip: a workbook of a hundred sheets holds a few hundred. */
  zipEntries: 10_000,
  rows: 20_000,
  /** Columns of a table; for map files, the distinct property names, counted as they are read. */
  columns: 200,
  /** Excel's own limit for one cell. */
  cellCharacters: 32_767,
  /** Rows shown as they will be saved before anything is written. */
  previewRows: 20,
  /** Rows written per transaction by the job. */
  batchRows: 50,
} as const;
