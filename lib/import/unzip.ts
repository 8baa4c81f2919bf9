import { Unzip, UnzipInflate } from 'fflate';
import { ImportFileError } from './errors';
import { importLimits } from './limits';

/**
 * Compressed bytes handed to the inflater at a time. DEFLATE expands at most about 1,032 times,
 * so one step never yields more than about 4 MB: the count below catches a bomb within one step
 * of the limit, whatever the zip's directory or its local headers claim the sizes are.
 */
export const inflateStepBytes = 4 * 1024;

/** A zip that unpacks beyond the limit; `inflatedBytes` is how far it got before it was stopped. */
export class UnpackedTooLarge extends ImportFileError {
  constructor(
    what: string,
    readonly inflatedBytes: number,
    limit: number,
  ) {
    super(
      `This ${what} unpacks to more than ${Math.round(limit / 1024 / 1024)} MB. Save only the sheet of partners, or as CSV, and upload that.`,
    );
  }
}

type Options = {
  /** How the file is named to the person: "workbook", "KMZ file". */
  what: string;
  /** Which entries to unpack; the others are passed over without being inflated. */
  keep?: (name: string) => boolean;
  /** Most bytes the kept entries may unpack to, counted as they are inflated. */
  limit?: number;
};

/**
 * The entries of a zip, unpacked by streaming through fflate and counting the bytes that really
 * come out. Sizes the zip declares are never trusted (a bomb lies about them); the entry whose
 * output passes the limit is stopped there, so no more than the limit (and one step) is ever held.
 * Entries are read in the order of their local headers, as a streaming reader must.
 */
export function unzipWithin(bytes: Uint8Array, options: Options): Map<string, Uint8Array> {
  const { what, keep = () => true, limit = importLimits.unpackedBytes } = options;
  const damaged = () => new ImportFileError(`This ${what} is damaged: it could not be opened.`);
  const parts = new Map<string, Uint8Array[]>();
  const open = new Set<string>();
  let inflated = 0;
  let entries = 0;
  // Set from fflate's callbacks, so declared wide: TypeScript cannot see them run.
  let failure = null as 'damaged' | 'too-large' | 'too-many' | null;

  const unzip = new Unzip((file) => {
    if (failure) return;
    entries += 1;
    if (entries > importLimits.zipEntries) {
      failure = 'too-many';
      return;
    }
    if (!keep(file.name)) return;
    // A name given twice would let a second copy stand in for the one already read.
    if (parts.has(file.name)) {
      failure = 'damaged';
      return;
    }
    const chunks: Uint8Array[] = [];
    parts.set(file.name, chunks);
    open.add(file.name);
    file.ondata = (error, data, final) => {
      if (failure) return;
      if (error) {
        failure = 'damaged';
        return;
      }
      inflated += data.length;
      if (inflated > limit) {
        failure = 'too-large';
        file.terminate();
        return;
      }
      if (data.length > 0) chunks.push(data);
      if (final) open.delete(file.name);
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  try {
    for (let at = 0; at < bytes.length && !failure; at += inflateStepBytes) {
      const end = Math.min(at + inflateStepBytes, bytes.length);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch {
    failure ??= 'damaged';
  }
  if (failure === 'too-large') throw new UnpackedTooLarge(what, inflated, limit);
  if (failure === 'too-many') {
    throw new ImportFileError(
      `This ${what} holds more than ${importLimits.zipEntries.toLocaleString('en-US')} files inside; it was not read.`,
    );
  }
  // No entry at all, or one whose data stopped short: not a zip we can trust.
  if (failure || entries === 0 || open.size > 0) throw damaged();

  const files = new Map<string, Uint8Array>();
  for (const [name, chunks] of parts) {
    if (chunks.length === 1) files.set(name, chunks[0]!);
    else {
      const whole = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
      let offset = 0;
      for (const chunk of chunks) {
        whole.set(chunk, offset);
        offset += chunk.length;
      }
      files.set(name, whole);
    }
    parts.delete(name);
  }
  return files;
}
