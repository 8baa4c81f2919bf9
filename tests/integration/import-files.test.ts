import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from '@/lib/import/errors';
import { importLimits } from '@/lib/import/limits';
import { readImportFile } from '@/lib/import/read';

// Real files of each kind an import reads, messy ones included, and the files it refuses.

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/import', name)));

async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  try {
    await readImportFile(name, bytes);
  } catch (error) {
    if (error instanceof ImportFileError) return error.message;
    throw error;
  }
  throw new Error('The file was read');
}

describe('CSV', () => {
  it('reads a file with a byte-order mark, semicolons, Windows line ends, quoted cells and blank rows', async () => {
    const { kind, table } = await readImportFile('partners.csv', fixture('messy-semicolons.csv'));
    expect(kind).toBe('csv');
    expect(table.headers[0]).toBe('Org Name');
    expect(table.headers).toHaveLength(10);
    expect(table.rows.map((row) => row[0])).toEqual([
      'Sultan Elementary School',
      'Riverside Teen Center',
      'Grange Hall',
      'Valley Seniors Lunch',
      '',
    ]);
    // The spreadsheet's own row numbers, blank rows counted.
    expect(table.rowNumbers).toEqual([2, 4, 6, 7, 8]);
    expect(table.rows[0]![9]).toBe('Class visits; summer reading');
    expect(table.rows[1]![9]).toBe('Drop-in space\nopen late Fridays');
    expect(table.notes).toContain('Columns are separated by “;”.');
    expect(table.notes).toContain('2 blank rows were left out.');
  });

  it('reads Windows-1252 text, as Excel on Windows saves CSV', async () => {
    const { table } = await readImportFile('latin.csv', fixture('windows-1252.csv'));
    expect(table.rows[0]![0]).toBe('Café Olé');
    expect(table.rows[1]![0]).toBe('Piñata Club');
    expect(table.notes.join(' ')).toMatch(/Read as WINDOWS-1252|ISO-8859-1/);
  });

  it('refuses a workbook or a picture named .csv, an unclosed quote, thousands of columns and an enormous cell', async () => {
    expect(await refusal('a.csv', fixture('../../fixtures/import/umap.geojson').slice(0, 0))).toBe(
      'This file is empty.',
    );
    expect(await refusal('a.csv', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toMatch(/Excel workbook/);
    expect(await refusal('a.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2]))).toMatch(
      /not text/,
    );
    expect(await refusal('a.csv', strToU8('Name,Notes\nA,"never closed\nB,x\n'))).toMatch(
      /Row 2 opens a quoted cell/,
    );
    const wide = `${Array.from({ length: 3000 }, (_, i) => `c${i}`).join(',')}\n${'x,'.repeat(2999)}x\n`;
    expect(await refusal('a.csv', strToU8(wide))).toMatch(/3,000 columns; an import reads at most 200/);
    const huge = `Name,Notes\nA,${'y'.repeat(40_000)}\n`;
    expect(await refusal('a.csv', strToU8(huge))).toMatch(/Row 2, column “Notes” holds 40,000 characters/);
    expect(await refusal('a.csv', new Uint8Array(importLimits.fileBytes + 1).fill(65))).toMatch(/10 MB/);
    expect(await refusal('a.pdf', strToU8('Name\nA\n'))).toMatch(/Choose a CSV, Excel/);
    expect(await refusal('a.xls', strToU8('Name\nA\n'))).toMatch(/Older Excel files/);
    expect(await refusal('a.csv', strToU8('Name,Notes\n'))).toMatch(/no rows of partners/);
  });
});

describe('Excel', () => {
  it('reads the first sheet, passing over a merged title and joining a merged group header with the row under it', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Partners 2026');
    sheet.addRow(['Library partners, spring 2026']);
    sheet.mergeCells('A1:E1');
    sheet.addRow(['Partner', 'Category', 'Contact', '', '']);
    sheet.mergeCells('C2:E2');
    sheet.addRow(['', '', 'Name', 'Email', 'Phone']);
    sheet.addRow(['Monroe Rotary', 'Association', 'Sam Ortiz', 'sam@rotary.example.org', '360-555-0100']);
    sheet.addRow([]);
    sheet.addRow([
      { formula: 'CONCATENATE("Sky ","Valley Clinic")', result: 'Sky Valley Clinic' },
      'Institution',
      'Dr. Reyes',
      { text: 'reyes@clinic.example.org', hyperlink: 'mailto:reyes@clinic.example.org' },
      3605550111,
    ]);
    sheet.addRow([{ richText: [{ text: 'Bold ' }, { text: 'Bakery' }] }, 'Local economy', '', '', '']);
    workbook.addWorksheet('Notes').addRow(['Other things']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const { kind, table } = await readImportFile('partners.xlsx', bytes);
    expect(kind).toBe('xlsx');
    expect(table.headers).toEqual(['Partner', 'Category', 'Contact Name', 'Contact Email', 'Contact Phone']);
    expect(table.rows[0]).toEqual([
      'Monroe Rotary',
      'Association',
      'Sam Ortiz',
      'sam@rotary.example.org',
      '360-555-0100',
    ]);
    // The formula's result, never the formula; the link's text; the number as written.
    expect(table.rows[1]).toEqual([
      'Sky Valley Clinic',
      'Institution',
      'Dr. Reyes',
      'reyes@clinic.example.org',
      '3605550111',
    ]);
    expect(table.rows[2]![0]).toBe('Bold Bakery');
    expect(table.rowNumbers).toEqual([4, 6, 7]);
    expect(table.notes.join(' ')).toContain('Read the sheet “Partners 2026”; 1 other sheet was left alone.');
    expect(table.notes.join(' ')).toContain('was passed over');
  });

  it('refuses a file that is not a workbook, a damaged one, and one that unpacks into too much', async () => {
    expect(await refusal('a.xlsx', strToU8('Name,Category\n'))).toMatch(/not an Excel workbook/);
    expect(await refusal('a.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).toMatch(/damaged/);
    // 70 MB of zeros packs into a few kilobytes.
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(70 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(importLimits.fileBytes);
    expect(await refusal('a.xlsx', bomb)).toMatch(/unpacks to more than 60 MB/);
  });
});

describe('KML and GeoJSON', () => {
  it('reads a Google My Maps KML: names, descriptions and data as columns, points as latitude and longitude', async () => {
    const { kind, table } = await readImportFile('partners.kml', fixture('google-my-maps.kml'));
    expect(kind).toBe('kml');
    expect(table.unit).toBe('place');
    expect(table.headers).toEqual(['name', 'description', 'Category', 'Ages', 'Latitude', 'Longitude']);
    expect(table.rows[0]).toEqual([
      'Monroe Farmers Market',
      'Saturdays May to October',
      'Local economy',
      'Families',
      '47.8557',
      '-121.9713',
    ]);
    expect(table.rows[2]!.slice(-2)).toEqual(['', '']);
    expect(table.notes.join(' ')).toContain('1 line or shape has no single point');
  });

  it('reads KMZ, the same zipped', async () => {
    const kmz = zipSync({ 'doc.kml': fixture('google-my-maps.kml') });
    const { table } = await readImportFile('partners.kmz', kmz);
    expect(table.rows).toHaveLength(3);
  });

  it('reads a uMap GeoJSON, leaving its drawing options out', async () => {
    const { kind, table } = await readImportFile('partners.geojson', fixture('umap.geojson'));
    expect(kind).toBe('geojson');
    expect(table.headers).toEqual(['name', 'description', 'category', 'website', 'Latitude', 'Longitude']);
    expect(table.rows[0]).toEqual([
      'Sultan Food Bank',
      'Open Tuesdays',
      'Institution',
      '',
      '47.863112',
      '-121.815634',
    ]);
  });

  it('refuses malformed or mislabelled map files, and XML entities', async () => {
    expect(await refusal('a.geojson', strToU8('{"type": "FeatureCollection", '))).toMatch(/not valid JSON/);
    expect(await refusal('a.json', strToU8('{"name": "not geo"}'))).toMatch(/not GeoJSON/);
    expect(await refusal('a.kml', strToU8('<html><body>hello</body></html>'))).toMatch(/not KML/);
    expect(await refusal('a.kml', strToU8('<kml><Document><Placemark><name>x</nam'))).toMatch(/damaged/);
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;">]><kml>&b;</kml>';
    expect(await refusal('a.kml', strToU8(laughs))).toMatch(/declares XML entities/);
  });
});
