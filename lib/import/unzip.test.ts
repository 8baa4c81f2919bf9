import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { craftZip, deflatedZeros, lyingWorkbookBomb } from '@/tests/support/crafted-zip';
import { ImportFileError } from './errors';
import { importLimits } from './limits';
import { readImportFile } from './read';
import { inflateStepBytes, UnpackedTooLarge, unzipWithin } from './unzip';

const megabyte = 1024 * 1024;
// DEFLATE's densest expansion is 258 bytes from about 2 bits; a step also carries the 32 KB window.
const mostFromOneStep = inflateStepBytes * 1032 + 32 * 1024;

function refusal(run: () => unknown): ImportFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('The zip was read');
}

async function readRefusal(name: string, bytes: Uint8Array): Promise<string> {
  try {
    await readImportFile(name, bytes);
  } catch (error) {
    if (error instanceof ImportFileError) return error.message;
    throw error;
  }
  throw new Error('The file was read');
}

/** A zip written the way Java's ZipOutputStream and other streaming writers do: sizes after the data. */
function zipWithDataDescriptors(files: Record<string, Uint8Array>): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  for (const [name, data] of Object.entries(files)) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  return Buffer.concat(parts);
}

describe('unpacking a zip within the limit', () => {
  it('stops a bomb whose every header lies about its size within one step of the limit', () => {
    // 2 GB of zeros in about 2 MB; the headers say 1 KB.
    const bomb = lyingWorkbookBomb(2048);
    expect(bomb.length).toBeLessThan(importLimits.fileBytes);
    const error = refusal(() => unzipWithin(bomb, { what: 'workbook' }));
    expect(error).toBeInstanceOf(UnpackedTooLarge);
    expect(error.message).toBe(
      'This workbook unpacks to more than 60 MB. Save only the sheet of partners, or as CSV, and upload that.',
    );
    // What was inflated before it stopped: past the limit, by no more than one step's worth.
    const inflated = (error as UnpackedTooLarge).inflatedBytes;
    expect(inflated).toBeGreaterThan(importLimits.unpackedBytes);
    expect(inflated).toBeLessThanOrEqual(importLimits.unpackedBytes + mostFromOneStep);
  });

  it('counts every kept entry together, and passes over the ones not kept without inflating them', () => {
    const thirty = { data: deflatedZeros(30), method: 8 as const, declaredSize: 10 };
    const three = craftZip([
      { name: 'a.xml', ...thirty },
      { name: 'b.xml', ...thirty },
      { name: 'c.png', ...thirty },
    ]);
    expect(refusal(() => unzipWithin(three, { what: 'workbook' }))).toBeInstanceOf(UnpackedTooLarge);
    const kept = unzipWithin(three, {
      what: 'KMZ file',
      keep: (name) => name !== 'c.png',
      limit: 61 * megabyte,
    });
    expect([...kept.keys()]).toEqual(['a.xml', 'b.xml']);
    expect(kept.get('a.xml')!.length).toBe(30 * megabyte);
  });

  it('reads entries whose sizes come after their data (data descriptors), as streaming writers make them', () => {
    const text = 'Name,Category\n'.repeat(5000);
    const files = unzipWithin(
      zipWithDataDescriptors({ 'one.txt': strToU8(text), 'two.txt': strToU8('second') }),
      { what: 'workbook' },
    );
    expect(strFromU8(files.get('one.txt')!)).toBe(text);
    expect(strFromU8(files.get('two.txt')!)).toBe('second');
  });

  it('refuses a damaged zip: cut short, not deflate inside, a name given twice, too many files', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `partner ${i * 7919}`).join('\n');
    const whole = zipSync({ 'a.txt': strToU8(words) }, { level: 6 });
    expect(whole.length).toBeGreaterThan(20_000);
    expect(refusal(() => unzipWithin(whole.subarray(0, 10_000), { what: 'workbook' })).message).toBe(
      'This workbook is damaged: it could not be opened.',
    );
    const garbage = craftZip([
      { name: 'a.xml', data: strToU8('not deflate at all'), method: 8, declaredSize: 5 },
    ]);
    expect(refusal(() => unzipWithin(garbage, { what: 'workbook' })).message).toMatch(/damaged/);
    const entry = { name: 'a.xml', data: deflateRawSync('hello'), method: 8 as const, declaredSize: 5 };
    expect(refusal(() => unzipWithin(craftZip([entry, entry]), { what: 'workbook' })).message).toMatch(
      /damaged/,
    );
    const many = zipSync(
      Object.fromEntries(
        Array.from({ length: importLimits.zipEntries + 1 }, (_, i) => [`f${i}.txt`, new Uint8Array(0)]),
      ),
    );
    expect(refusal(() => unzipWithin(many, { what: 'workbook' })).message).toBe(
      'This workbook holds more than 10,000 files inside; it was not read.',
    );
  });
});

describe('what the person uploading sees', () => {
  it('refuses an Excel bomb whose directory lies, with the sentence shown beside the file field', async () => {
    expect(await readRefusal('partners.xlsx', lyingWorkbookBomb(2048))).toBe(
      'This workbook unpacks to more than 60 MB. Save only the sheet of partners, or as CSV, and upload that.',
    );
  });

  it('refuses a KMZ bomb the same way, counting only the KML it unpacks', async () => {
    const kmz = craftZip([{ name: 'doc.kml', data: deflatedZeros(100), method: 8, declaredSize: 300 }]);
    expect(await readRefusal('places.kmz', kmz)).toBe(
      'This KMZ file unpacks to more than 60 MB. Save only the sheet of partners, or as CSV, and upload that.',
    );
  });

  it('still reads a workbook ExcelJS wrote, and one whose entries carry data descriptors', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Partners');
    sheet.addRow(['Name', 'Category']);
    sheet.addRow(['Monroe Rotary', 'Association']);
    const written = new Uint8Array(await workbook.xlsx.writeBuffer());
    const plain = await readImportFile('partners.xlsx', written);
    expect(plain.table.rows).toEqual([['Monroe Rotary', 'Association']]);

    const { unzipSync } = await import('fflate');
    const streamed = zipWithDataDescriptors(unzipSync(written));
    const again = await readImportFile('partners.xlsx', streamed);
    expect(again.table.headers).toEqual(['Name', 'Category']);
    expect(again.table.rows).toEqual([['Monroe Rotary', 'Association']]);
  });
});
