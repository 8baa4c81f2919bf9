import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import type { ImportTable } from '@/db/schema';
import { ImportFileError } from './errors';
import { importLimits } from './limits';
import { buildTable, cellText, type SourceRow } from './table';
import { unzipWithin } from './unzip';

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A cell's value as text: formulas give their result (never the formula), dates a day. */
export function excelText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dayOf(value);
  if (typeof value !== 'object') return cellText(value);
  if ('richText' in value) return cellText(value.richText.map((part) => part.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result instanceof Date) return dayOf(result);
    return result !== null && typeof result === 'object' ? '' : cellText(result);
  }
  if ('hyperlink' in value) {
    const text = (value as ExcelJS.CellHyperlinkValue).text;
    return cellText(typeof text === 'string' ? text : (value as ExcelJS.CellHyperlinkValue).hyperlink);
  }
  if ('error' in value) return '';
  return '';
}

type Grid = { number: number; cells: string[] }[];

/** The sheet's rows as text, a merged area's value repeated in each of its cells. */
function gridOf(sheet: ExcelJS.Worksheet): { grid: Grid; mergedAcross: Set<string> } {
  const grid: Grid = [];
  const mergedAcross = new Set<string>();
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = excelText(cell.isMerged ? cell.master.value : cell.value);
      if (cell.isMerged && cell.master.row === cell.row && cell.master.col !== cell.col) {
        mergedAcross.add(`${rowNumber}:${column}`);
        mergedAcross.add(`${rowNumber}:${Number(cell.master.col)}`);
      }
    });
    grid.push({ number: rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return { grid, mergedAcross };
}

const filled = (cells: string[]) => cells.filter((cell) => cell !== '');

/**
 * Finds the header in a sheet people made by hand: a title merged across the top is passed over,
 * and a header row whose merged group cells ("Contact" over "Name", "Email") sit above a second
 * row is read as one ("Contact Name", "Contact Email").
 */
export function headerAndRows(
  grid: Grid,
  mergedAcross: Set<string>,
): { header: string[]; rows: SourceRow[]; notes: string[] } {
  const notes: string[] = [];
  let start = grid.findIndex((row) => filled(row.cells).length > 0);
  if (start < 0) throw new ImportFileError('This workbook’s first sheet is empty.');
  // A title: one value only (perhaps merged across), above a row with several.
  const next = grid[start + 1];
  if (new Set(filled(grid[start]!.cells)).size === 1 && next && filled(next.cells).length > 1) {
    notes.push(
      `The title in row ${grid[start]!.number} (“${filled(grid[start]!.cells)[0]}”) was passed over.`,
    );
    start += 1;
  }
  const top = grid[start]!;
  let header = top.cells;
  let firstData = start + 1;
  const grouped = top.cells.some((_, index) => mergedAcross.has(`${top.number}:${index + 1}`));
  const second = grid[start + 1];
  if (grouped && second) {
    const width = Math.max(top.cells.length, second.cells.length);
    header = Array.from({ length: width }, (_, index) => {
      const group = top.cells[index] ?? '';
      const sub = second.cells[index] ?? '';
      if (!mergedAcross.has(`${top.number}:${index + 1}`)) return group || sub;
      return [group, sub].filter(Boolean).join(' ');
    });
    firstData = start + 2;
    notes.push(`Rows ${top.number} and ${second.number} were read together as the header.`);
  }
  const data = grid.slice(firstData);
  while (data.length > 0 && filled(data[data.length - 1]!.cells).length === 0) data.pop();
  return { header, rows: data.map((row) => ({ number: row.number, cells: row.cells })), notes };
}

/** An Excel workbook (.xlsx): the first sheet that has anything in it. */
export async function readXlsx(bytes: Uint8Array): Promise<ImportTable> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new ImportFileError(
      'This file is not an Excel workbook (.xlsx). Older .xls files: open them in Excel and save as .xlsx or CSV.',
    );
  }
  // ExcelJS unzips with JSZip, which inflates whatever a zip holds, however big: it is given the
  // entries we unpacked ourselves within the limit, packed again without compression.
  const stored = zipSync(Object.fromEntries(unzipWithin(bytes, { what: 'workbook' })), { level: 0 });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(stored.buffer, stored.byteOffset, stored.length) as unknown as ExcelJS.Buffer,
    );
  } catch {
    throw new ImportFileError(
      'This workbook could not be read: it may be damaged, or protected by a password.',
    );
  }
  const sheets = workbook.worksheets.filter((sheet) => sheet.actualRowCount > 0);
  const sheet = sheets[0];
  if (!sheet) throw new ImportFileError('This workbook has no sheet with anything in it.');
  if (sheet.actualColumnCount > importLimits.columns) {
    throw new ImportFileError(
      `This sheet has ${sheet.actualColumnCount} columns; an import reads at most ${importLimits.columns}. Remove the columns you don’t need and upload it again.`,
    );
  }
  if (sheet.rowCount > importLimits.rows + 100) {
    throw new ImportFileError(
      `This sheet has ${sheet.rowCount} rows; one import takes at most ${importLimits.rows}. Split it into smaller files.`,
    );
  }
  const { grid, mergedAcross } = gridOf(sheet);
  const { header, rows, notes } = headerAndRows(grid, mergedAcross);
  notes.unshift(
    sheets.length > 1
      ? `Read the sheet “${sheet.name}”; ${sheets.length - 1} other ${sheets.length === 2 ? 'sheet was' : 'sheets were'} left alone.`
      : `Read the sheet “${sheet.name}”.`,
  );
  return buildTable(header, rows, { notes });
}
