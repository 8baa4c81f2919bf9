// Reading an audit entry the way a person would. Used by the audit page and the CSV export alike,
// so both describe an entry in the same words. Later features add their actions and fields here.

const actionLabels: Record<string, string> = {
  'partner.move': 'Moved partner on the map',
  'organization.create': 'Set up the organization',
  'organization.update': 'Updated organization settings',
  'organization.export': 'Downloaded an export of the organization',
  'organization.restore': 'Restored the organization from an archive',
  'organization.mail_settings': 'Changed the mail server',
  'organization.retention': 'Changed how long interview answers and import files are kept',
  'organization.consortium': 'Changed whether the organization shares figures with the consortium view',
  'organization.suspend': 'The host suspended the organization',
  'organization.reopen': 'The host reopened the organization',
  'organization.delete_schedule': 'The host scheduled the organization’s deletion',
  'organization.delete_cancel': 'The host cancelled the organization’s deletion',
  'retention.purge': 'Removed what was past its retention period',
  'branch.create': 'Added branch',
  'branch.update': 'Updated branch',
  'branch.delete': 'Removed branch',
  'area.create': 'Added area',
  'area.update': 'Updated area',
  'area.delete': 'Removed area',
  'area_set.create': 'Added a set of areas',
  'area_set.delete': 'Removed a set of areas',
  'member.create': 'Added staff member',
  'member.update': 'Updated staff member',
  'member.password_change': 'Changed their password',
  'member.password_reset': 'Reset a staff member’s password',
  'member.deactivate': 'Deactivated staff member',
  'member.reactivate': 'Reactivated staff member',
  'member.sign_in': 'Signed in',
  'member.sign_out': 'Signed out',
  'member.sso_refused': 'Single sign-on refused',
  'member.sso_request': 'Asked to join through single sign-on',
  'member.sso_approve': 'Approved a person who signed in through single sign-on',
  'member.sso_refuse': 'Turned down a person who signed in through single sign-on',
  'organization.sso_settings': 'Changed the single sign-on settings',
  'member.switch_in': 'Switched into this library system',
  'member.switch_out': 'Switched to another library system',
  'member.invite': 'Invited someone to join',
  'member.join': 'Joined by an invitation link',
  'invitation.renew': 'Made a new invitation link',
  'invitation.revoke': 'Revoked an invitation',
  'member.sessions_end_others': 'Ended their other sessions',
  'member.sessions_end_all': 'Ended all their sessions',
  'member.calendar_feed_reset': 'Made a new address for their calendar feed',
  'member.calendar_feed_stop': 'Turned off their calendar feed',
  'member.digest_frequency': 'Changed how often their e-mail digest comes',
  'member.digest_unsubscribe': 'Unsubscribed from the e-mail digest by its link',
  'demo.seed': 'Loaded the demo data',
  'partner.create': 'Added partner',
  'partner.update': 'Updated partner',
  'partner.archive': 'Archived partner',
  'partner.restore': 'Restored partner',
  'contact.create': 'Added contact',
  'contact.update': 'Updated contact',
  'contact.delete': 'Removed contact',
  'contact.forget': 'Forgot a contact',
  'partner.forget': 'Forgot a person',
  'interview.consent_withdrawn': 'Recorded a withdrawal of consent',
  'interview_guide.create': 'Added interview guide',
  'interview_guide.update': 'Edited interview guide',
  'interview_guide.retire': 'Retired interview guide',
  'interview_guide.restore': 'Restored interview guide',
  'resource.create': 'Added resource',
  'resource.update': 'Updated resource',
  'resource.delete': 'Removed resource',
  'resource.hide': 'Hid a built-in resource',
  'resource.unhide': 'Showed a built-in resource again',
  'learn_more.dismiss': 'Hid Learn more suggestions',
  'learn_more.restore': 'Brought back Learn more suggestions',
};

const entityLabels: Record<string, string> = {
  organization: 'Organization',
  branch: 'Branch',
  area: 'Area',
  area_set: 'Set of areas',
  member: 'Staff member',
  invitation: 'Invitation',
  partner: 'Partner',
  contact: 'Contact',
  interview_guide: 'Interview guide',
  resource: 'Resource',
};

const fieldLabels: Record<string, string> = {
  name: 'Name',
  address: 'Address',
  latitude: 'Latitude',
  longitude: 'Longitude',
  mapCenterLat: 'Map centre latitude',
  mapCenterLng: 'Map centre longitude',
  mapZoom: 'Map zoom',
  homeBranchMembers: 'Staff with this home branch',
  pointCount: 'Corners in its shape',
  bounds: 'Extent (south, west, north, east)',
  branchId: 'Branch',
  setId: 'Set of areas',
  areas: 'Areas in it',
  email: 'Email',
  role: 'Role',
  expiresAt: 'Link works until',
  revokedAt: 'Revoked',
  category: 'Category',
  sectors: 'Sectors',
  agesServed: 'Ages served',
  priorityCommunities: 'Priority communities',
  strengths: 'What they bring',
  interests: 'What they want',
  locationPrecision: 'Location precision',
  website: 'Website',
  phone: 'Phone',
  primaryBranchName: 'Primary branch',
  ownerName: 'Staff liaison',
  stage: 'Stage',
  endedReason: 'Why it ended',
  depth: 'Depth',
  formality: 'Formality',
  nextFollowUpOn: 'Next follow-up',
  foundVia: 'How we found them',
  foundViaNote: 'How we found them (note)',
  archivedAt: 'Archived',
  partnerName: 'Partner',
  preferredLanguage: 'Preferred language',
  notes: 'Notes',
  shareWithViewers: 'Details shown to viewers',
  versionNumber: 'Guide version',
  retiredAt: 'Retired',
  url: 'Web address',
  creator: 'Creator',
  year: 'Year',
  kind: 'Kind',
  summary: 'Summary',
  topics: 'Topics',
  moment: 'When it helps',
  builtinKey: 'Catalogue entry',
  panel: 'Panel',
  place: 'Where',
  panels: 'Panels',
  interviewAnswersKeepMonths: 'Interview answers kept (months; empty: until removed)',
  importFilesKeepDays: 'Import files kept (days)',
  interviewAnswers: 'Interviews whose answers were removed',
  importFiles: 'Import files whose rows were removed',
  importUploads: 'Uploads never imported, deleted',
  geocodeLookups: 'Remembered address lookups forgotten',
  browser: 'Browser',
  sessionsEnded: 'Sessions ended',
  consortiumSharing: 'Shares figures with the consortium view',
  deletionScheduledFor: 'Deleted after',
};

/** "customer_note" or "customerNote" to "Customer note". */
function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

/** 'branch.update' to "Updated branch"; an action without a label still reads sensibly. */
export function describeAuditAction(action: string): string {
  const known = actionLabels[action];
  if (known) return known;
  const [entity = '', verb = ''] = action.split('.');
  return verb ? `${humanise(entity)}: ${humanise(verb).toLowerCase()}` : humanise(action);
}

export function describeEntityType(entityType: string): string {
  return entityLabels[entityType] ?? humanise(entityType);
}

export function describeField(field: string): string {
  return fieldLabels[field] ?? humanise(field);
}

/** A stored value as text; null, undefined and '' all read as empty. */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export type AuditChange = { field: string; label: string; before: string; after: string };

/** The fields that differ between before and after, in the order they were recorded. */
export function auditChanges(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): AuditChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter(
    (field) => field !== erasedMark,
  );
  return fields.flatMap((field) => {
    const was = formatAuditValue(before?.[field]);
    const now = formatAuditValue(after?.[field]);
    return was === now ? [] : [{ field, label: describeField(field), before: was, after: now }];
  });
}

/** The mark lib/audit/scrub.ts leaves on an entry whose details about a person were erased. */
const erasedMark = 'detailsErased';

/** True when a person's details were erased from this entry (lib/audit/scrub.ts). */
export function auditDetailsErased(entry: {
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}): boolean {
  return entry.before?.[erasedMark] === true || entry.after?.[erasedMark] === true;
}

/** Which record an entry is about, by the name it had then when the entry kept one. */
export function auditRecordName(entry: {
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}): string | null {
  const name = entry.after?.name ?? entry.before?.name;
  if (typeof name === 'string' && name !== '') return name;
  return auditDetailsErased(entry) ? '(details removed)' : null;
}
