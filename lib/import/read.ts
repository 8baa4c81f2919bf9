import type { ImportFileKind, ImportTable } from '@/db/schema';
import { ImportFileError } from './errors';
import { importLimits } from './limits';
import { readCsv } from './read-csv';
import { readGeoJson, readKml } from './read-geo';
import { readXlsx } from './read-xlsx';

/** The kinds of file an import reads, by the name's ending. */
export function kindOfFile(fileName: string): ImportFileKind | null {
  const ending = fileName.toLowerCase().split('.').pop() ?? '';
  if (ending === 'csv' || ending === 'tsv' || ending === 'txt') return 'csv';
  if (ending === 'xlsx') return 'xlsx';
  if (ending === 'kml' || ending === 'kmz') return 'kml';
  if (ending === 'geojson' || ending === 'json') return 'geojson';
  return null;
}

/** Reads an uploaded file into a table, or throws an ImportFileError saying what is wrong with it. */
export async function readImportFile(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ kind: ImportFileKind; table: ImportTable }> {
  if (bytes.length === 0) throw new ImportFileError('This file is empty.');
  if (bytes.length > importLimits.fileBytes) {
    throw new ImportFileError(
      `This file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; an import takes files up to ${importLimits.fileBytes / 1024 / 1024} MB. Split it, or leave out columns you don’t need.`,
    );
  }
  const kind = kindOfFile(fileName);
  if (!kind) {
    if (fileName.toLowerCase().endsWith('.xls')) {
      throw new ImportFileError(
        'Older Excel files (.xls) can’t be read: open it in Excel and save it as .xlsx or CSV.',
      );
    }
    throw new ImportFileError('Choose a CSV, Excel (.xlsx), KML or GeoJSON file.');
  }
  switch (kind) {
    case 'csv':
      if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
        throw new ImportFileError(
          'This file is named .csv but is a zipped file, most likely an Excel workbook: rename it .xlsx, or save it as CSV.',
        );
      }
      return { kind, table: readCsv(bytes) };
    case 'xlsx':
      return { kind, table: await readXlsx(bytes) };
    case 'kml':
      return { kind, table: readKml(bytes) };
    case 'geojson':
      return { kind, table: readGeoJson(bytes) };
  }
}
