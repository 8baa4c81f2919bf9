import { unzipSync } from 'fflate';
import { archiveFormatVersion, archiveJsonName, maxArchiveBytes, maxUnpackedBytes } from './format';
import { archiveHeadSchema, archiveSchema, describeIssue, type ParsedArchive } from './validation';

/** Why an upload cannot be restored, in words for the admin who sent it. */
export class ArchiveRefused extends Error {
  override name = 'ArchiveRefused';
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const notAnArchive =
  'This file is not a Partner Atlas archive. Choose the .zip downloaded from this page, or the organization.json inside it.';

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** organization.json from the zip, refusing one that would unpack to more than we are willing to hold. */
function jsonFromZip(bytes: Uint8Array): Uint8Array {
  let declared = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== archiveJsonName) return false;
        declared = file.originalSize;
        return file.originalSize <= maxUnpackedBytes;
      },
    });
  } catch {
    throw new ArchiveRefused('This zip file is damaged and cannot be read. Download the archive again.');
  }
  if (declared > maxUnpackedBytes) {
    throw new ArchiveRefused(
      `The archive’s organization.json unpacks to ${megabytes(declared)}, more than the ${megabytes(maxUnpackedBytes)} a restore can take.`,
    );
  }
  const json = files[archiveJsonName];
  if (!json)
    throw new ArchiveRefused(`This zip holds no ${archiveJsonName}, so it is not a Partner Atlas archive.`);
  if (json.byteLength > maxUnpackedBytes)
    throw new ArchiveRefused('The archive unpacks to more than a restore can take.');
  return json;
}

/** The archive in an upload (the zip, or organization.json alone), checked field by field. */
export function readArchive(bytes: Uint8Array): ParsedArchive {
  if (bytes.byteLength === 0) throw new ArchiveRefused('The file is empty.');
  if (bytes.byteLength > maxArchiveBytes) {
    throw new ArchiveRefused(
      `The file is ${megabytes(bytes.byteLength)}; a restore takes at most ${megabytes(maxArchiveBytes)}. Upload the .zip rather than organization.json, which is many times smaller.`,
    );
  }
  const jsonBytes = isZip(bytes) ? jsonFromZip(bytes) : bytes;
  let data: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(jsonBytes);
    if (!/^\s*\{/.test(text.replace(/^\uFEFF/, ''))) throw new ArchiveRefused(notAnArchive);
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof ArchiveRefused) throw error;
    throw new ArchiveRefused(`${notAnArchive} (It is not valid JSON text.)`);
  }
  const head = archiveHeadSchema.safeParse(data);
  if (!head.success) throw new ArchiveRefused(notAnArchive);
  if (head.data.formatVersion > archiveFormatVersion) {
    throw new ArchiveRefused(
      `This archive was made by a newer version of Partner Atlas (format ${head.data.formatVersion}); this one reads format ${archiveFormatVersion}. Update Partner Atlas, then restore it.`,
    );
  }
  const parsed = archiveSchema.safeParse(data);
  if (!parsed.success) {
    throw new ArchiveRefused(
      `The archive is damaged or was edited, so nothing was restored. ${describeIssue(parsed.error)}`,
    );
  }
  return parsed.data;
}
