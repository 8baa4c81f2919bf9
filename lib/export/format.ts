// The organization archive's format. Bump archiveFormatVersion when a field changes meaning or a
// table is added that a restore must not silently drop; a restore refuses newer versions.

export const archiveFormat = 'partner-atlas-organization-archive';
// 2: areas and their sets (decision 0020). A version-1 archive is still read: it has none.
export const archiveFormatVersion = 2;

/** The JSON document inside the archive. */
export const archiveJsonName = 'organization.json';

/** An upload larger than this is refused before it is read (the server action's body limit is a little above). */
export const maxArchiveBytes = 20 * 1024 * 1024;

/** organization.json may unpack to at most this much: a small zip must not unpack to gigabytes. */
export const maxUnpackedBytes = 200 * 1024 * 1024;

/** A row of the archive: plain JSON values, timestamps as ISO 8601 text. */
export type ArchiveRow = Record<string, unknown>;

/** The tables of the archive, in the order they are restored (each refers only to those before it). */
export const archiveTableKeys = [
  'branches',
  'staff',
  'interviewGuides',
  'interviewGuideVersions',
  'partners',
  'contacts',
  'interviews',
  'interviewInterviewers',
  'referrals',
  'interactions',
  'interactionParticipants',
  'followUps',
  'stageChanges',
  'resources',
  'resourceHides',
  'areaSets',
  'areas',
  'auditEntries',
] as const;
export type ArchiveTableKey = (typeof archiveTableKeys)[number];

export type OrganizationArchive = {
  format: typeof archiveFormat;
  formatVersion: number;
  exportedAt: string;
  exportedBy: { name: string; email: string };
  organization: ArchiveRow;
} & Record<ArchiveTableKey, ArchiveRow[]>;
