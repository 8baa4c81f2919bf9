import type { ImportTable } from '@/db/schema';
import { ImportFileError } from './errors';
import { importLimits } from './limits';

const number = new Intl.NumberFormat('en-US');

/** A cell as text: trimmed, with line ends made plain. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/\r\n?/g, '\n').trim();
}

/** Headers everyone can tell apart: blanks get "Column 3", repeats get "Name (2)". */
export function tidyHeaders(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((value, index) => {
    const base = cellText(value).replace(/\s+/g, ' ') || `Column ${index + 1}`;
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), count);
    return count > 1 ? `${base} (${count})` : base;
  });
}

export type SourceRow = { number: number; cells: unknown[] };

/**
 * Builds the table from a header and numbered data rows: blank rows are dropped (and counted),
 * the header widens for cells beyond it, and what is too big is refused with the row and column
 * named.
 */
export function buildTable(
  header: unknown[],
  dataRows: SourceRow[],
  options: { notes?: string[]; unit?: 'row' | 'place' } = {},
): ImportTable {
  const notes = options.notes ?? [];
  const unit = options.unit ?? 'row';
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let blank = 0;
  let width = header.length;
  for (const { number: rowNumber, cells: raw } of dataRows) {
    const cells = raw.map(cellText);
    if (cells.every((cell) => cell === '')) {
      blank += 1;
      continue;
    }
    while (cells.length > header.length && cells[cells.length - 1] === '') cells.pop();
    width = Math.max(width, cells.length);
    rows.push(cells);
    rowNumbers.push(rowNumber);
  }
  if (width > importLimits.columns) {
    throw new ImportFileError(
      `This file has ${number.format(width)} columns; an import reads at most ${importLimits.columns}. Remove the columns you don’t need and upload it again.`,
    );
  }
  if (rows.length === 0) {
    throw new ImportFileError(
      unit === 'place'
        ? 'This file has no places in it.'
        : 'This file has a header row but no rows of partners under it.',
    );
  }
  if (rows.length > importLimits.rows) {
    throw new ImportFileError(
      `This file has ${number.format(rows.length)} ${unit}s; one import takes at most ${number.format(importLimits.rows)}. Split it into smaller files.`,
    );
  }
  const headers = tidyHeaders([...header.map(cellText), ...Array(width - header.length).fill('')]);
  rows.forEach((row, index) => {
    while (row.length < width) row.push('');
    const long = row.findIndex((cell) => cell.length > importLimits.cellCharacters);
    if (long >= 0) {
      throw new ImportFileError(
        `${unit === 'place' ? 'Place' : 'Row'} ${rowNumbers[index]}, column “${headers[long]}” holds ${number.format(row[long]!.length)} characters; a cell can hold at most ${number.format(importLimits.cellCharacters)}.`,
      );
    }
  });
  if (blank > 0) {
    notes.push(`${number.format(blank)} blank ${blank === 1 ? `${unit} was` : `${unit}s were`} left out.`);
  }
  return { headers, rows, rowNumbers, unit, notes };
}
