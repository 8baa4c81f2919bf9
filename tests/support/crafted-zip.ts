import { constants, deflateRawSync } from 'node:zlib';

// Zips written byte by byte, so a test can make one lie about its sizes the way an attacker's
// would: the local headers and the central directory declare whatever the test says.

type Entry = {
  name: string;
  /** The entry's data as stored (already deflated when `method` is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** The unpacked size the headers declare. */
  declaredSize: number;
};

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A zip of the entries as given: no data descriptors, CRC left at zero (no reader here checks it). */
export function craftZip(entries: Entry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, entry.method, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, entry.declaredSize, true);
    local.setUint16(26, name.length, true);
    locals.push(new Uint8Array(local.buffer), name, entry.data);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(10, entry.method, true);
    central.setUint32(20, entry.data.length, true);
    central.setUint32(24, entry.declaredSize, true);
    central.setUint16(28, name.length, true);
    central.setUint32(42, offset, true);
    centrals.push(new Uint8Array(central.buffer), name);
    offset += 30 + name.length + entry.data.length;
  }
  const directory = concat(centrals);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, directory.length, true);
  end.setUint32(16, offset, true);
  return concat([...locals, directory, new Uint8Array(end.buffer)]);
}

/**
 * A DEFLATE stream of `megabytes` MB of zeros, built without ever holding them: one megabyte
 * deflated with a full flush (byte-aligned, not final) repeated, then an empty final block.
 * About 1 KB of stream per megabyte unpacked.
 */
export function deflatedZeros(megabytes: number): Uint8Array {
  const piece = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  const parts: Uint8Array[] = Array.from({ length: megabytes }, () => piece);
  parts.push(Uint8Array.of(0x03, 0x00));
  return concat(parts);
}

/** An .xlsx-shaped zip bomb: a sheet that unpacks to `megabytes` MB while every header says 1 KB. */
export function lyingWorkbookBomb(megabytes: number): Uint8Array {
  const types = new TextEncoder().encode('<?xml version="1.0"?><Types/>');
  return craftZip([
    { name: '[Content_Types].xml', data: types, method: 0, declaredSize: types.length },
    { name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(megabytes), method: 8, declaredSize: 1024 },
  ]);
}
