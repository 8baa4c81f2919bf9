// The payload baseline: what React, React DOM (with its scheduler), Leaflet and supercluster weigh
// alone, minified for production, and gzipped the way the app's own scripts are measured.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const baselineFiles = [
  'node_modules/react/cjs/react.production.js',
  'node_modules/react-dom/cjs/react-dom.production.js',
  'node_modules/react-dom/cjs/react-dom-client.production.js',
  'node_modules/scheduler/cjs/scheduler.production.js',
  'node_modules/leaflet/dist/leaflet.js',
  'node_modules/supercluster/dist/supercluster.min.js',
];

export function baselinePayload(): { bytes: number; gzip: number; files: string[] } {
  let bytes = 0;
  let gzip = 0;
  for (const file of baselineFiles) {
    const body = fs.readFileSync(path.join(process.cwd(), file));
    bytes += body.length;
    gzip += gzipSync(body).length;
  }
  return { bytes, gzip, files: baselineFiles };
}
