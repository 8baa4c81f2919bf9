// Writes demo/messy-partners-1000.csv: a messy spreadsheet to try the import with (see README).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { messyPartnersCsv } from '../db/seed/messy-import';

const file = path.join(process.cwd(), 'demo', 'messy-partners-1000.csv');
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, messyPartnersCsv().csv);
console.log(`Wrote ${path.relative(process.cwd(), file)}`);
