import chardet from 'chardet';
import Papa from 'papaparse';
import type { ImportTable } from '@/db/schema';
import { ImportFileError } from './errors';
import { buildTable } from './table';

/** Encodings people's spreadsheets are saved in that a TextDecoder can read. */
const readable = new Set([
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1252',
  'iso-8859-1',
  'iso-8859-15',
  'windows-1250',
  'macintosh',
]);

/** The text of a CSV file in whatever encoding it was saved in (a byte-order mark wins). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: most often Excel's "CSV" on Windows, which is Windows-1252.
    const guess = (chardet.detect(bytes) ?? '').toLowerCase();
    const encoding = readable.has(guess) && guess !== 'utf-8' ? guess : 'windows-1252';
    return { text: new TextDecoder(encoding).decode(bytes), encoding: encoding.toUpperCase() };
  }
}

/** Whether these bytes look like text at all (a picture or a workbook renamed .csv does not). */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  return control > sample.length / 20;
}

/** A CSV (or tab- or semicolon-separated) file with a header row. */
export function readCsv(bytes: Uint8Array): ImportTable {
  if (looksBinary(bytes)) {
    throw new ImportFileError(
      'This file is not text, so it is not a CSV file. If it is an Excel workbook, upload it as .xlsx.',
    );
  }
  const { text, encoding } = decodeText(bytes);
  // Blank lines are kept here (and dropped by buildTable) so that row numbers match the file's.
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t', '|'] });
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed) {
    throw new ImportFileError(
      `Row ${(unclosed.row ?? 0) + 1} opens a quoted cell that is never closed, so the rest of the file cannot be read. Check that row’s quotation marks.`,
    );
  }
  const headerIndex = parsed.data.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (headerIndex < 0) throw new ImportFileError('This file is empty.');
  const header = parsed.data[headerIndex]!;
  const data = parsed.data.slice(headerIndex + 1);
  // A file ends with a line end: nothing after the last row of partners counts as a blank row.
  while (data.length > 0 && data[data.length - 1]!.every((cell) => cell.trim() === '')) data.pop();
  const rows = data.map((cells, index) => ({ number: headerIndex + index + 2, cells }));
  const notes: string[] = [];
  if (encoding !== 'UTF-8') notes.push(`Read as ${encoding} text.`);
  const delimiter = parsed.meta.delimiter;
  if (delimiter && delimiter !== ',') {
    notes.push(`Columns are separated by ${delimiter === '\t' ? 'tabs' : `“${delimiter}”`}.`);
  }
  return buildTable(header, rows, { notes });
}
