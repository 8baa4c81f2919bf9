import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as getArchive } from '@/app/api/export/archive/route';
import { auditEntries, interviews, memberships, organizations, partners, users } from '@/db/schema';
import { checkCredentials } from '@/lib/auth/credentials';
import { restoreArchive } from '@/lib/export/actions';
import { archiveFormatVersion, type OrganizationArchive } from '@/lib/export/format';
import { createOrganizationWithMembers, defaultTestPassword, signInAs } from '../factories';
import {
  archiveOf,
  consentedAnswer,
  createRichOrganization,
  formulaName,
  unconsentedAnswer,
  unzipText,
} from '../factories/export';
import { parseCsv } from '../support/csv';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();
afterEach(() => signInAs(null));

type Member = { userId: string; membershipId: string };

async function download(member: Member) {
  signInAs(member);
  const response = await getArchive(new Request('http://localhost/api/export/archive'), {
    params: Promise.resolve({}),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/zip');
  return unzipText(new Uint8Array(await response.arrayBuffer()));
}

function restoreAs(member: Member, content: string | Uint8Array, name = 'archive.zip') {
  signInAs(member);
  const data = new FormData();
  data.append('archive', new File([content as BlobPart], name));
  return restoreArchive(null, data);
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function deepMap(value: unknown, f: (text: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((item) => deepMap(item, f));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepMap(v, f)]));
  }
  return value;
}
const signature = (row: unknown) => JSON.stringify(deepMap(row, (s) => (uuid.test(s) ? '<id>' : s)));
const bySignature = (rows: unknown[]) => [...rows].sort((x, y) => signature(x).localeCompare(signature(y)));
/** Rows in one order whatever order they came in, ids included. */
const sorted = (rows: unknown[]) =>
  [...rows].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));

const withIds = [
  'branches',
  'interviewGuides',
  'interviewGuideVersions',
  'partners',
  'contacts',
  'interviews',
  'referrals',
  'interactions',
  'followUps',
  'stageChanges',
  'resources',
  'areaSets',
  'areas',
  'auditEntries',
] as const;
const compared = [...withIds, 'interviewInterviewers', 'interactionParticipants', 'resourceHides'] as const;

/** Leaves out what the two exports and the restore add to the log themselves. */
function ownAudit(archive: OrganizationArchive) {
  return archive.auditEntries.filter(
    (row) => row.action !== 'organization.export' && row.action !== 'organization.restore',
  );
}

/**
 * Pairs the rows of two archives by everything but their ids, and returns the first archive's ids
 * translated into the second's: with it, every reference can be compared too.
 */
function idTranslation(a: OrganizationArchive, b: OrganizationArchive): Map<string, string> {
  const map = new Map<string, string>([[String(a.organization.id), String(b.organization.id)]]);
  for (const member of a.staff) {
    const twin = b.staff.find((other) => other.email === member.email);
    expect(twin, `staff ${member.email} restored`).toBeDefined();
    map.set(String(member.id), String(twin!.id));
    map.set(String(member.userId), String(twin!.userId));
  }
  for (const key of withIds) {
    const left = bySignature(key === 'auditEntries' ? ownAudit(a) : a[key]);
    const right = bySignature(key === 'auditEntries' ? ownAudit(b) : b[key]);
    expect(right.map(signature), `${key} pair up`).toEqual(left.map(signature));
    left.forEach((row, i) => {
      map.set(String((row as { id: string }).id), String((right[i] as { id: string }).id));
    });
  }
  return map;
}

let source: Awaited<ReturnType<typeof createRichOrganization>>;
let target: Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let first: Record<string, string>;
let second: Record<string, string>;
let restored: Awaited<ReturnType<typeof restoreAs>>;

/** Gives the organization's staff other addresses, as if the archive went to a server that never knew them. */
async function moveStaffAway(orgId: string) {
  const staff = t.db.select({ id: memberships.userId }).from(memberships).where(eq(memberships.orgId, orgId));
  await t.db
    .update(users)
    .set({ email: sql`'moved.' || ${users.email}` })
    .where(inArray(users.id, staff));
}

beforeAll(async () => {
  source = await createRichOrganization(t.db, 'Alder');
  await t.db
    .update(organizations)
    .set({ timeZone: 'America/Los_Angeles', timeZoneConfirmed: true })
    .where(eq(organizations.id, source.org.id));
  target = await createOrganizationWithMembers(t.db, 'Birch Library (new)');
  first = await download(source.admin);
  const zip = await (async () => {
    signInAs(source.admin);
    const response = await getArchive(new Request('http://localhost/api/export/archive'), {
      params: Promise.resolve({}),
    });
    return new Uint8Array(await response.arrayBuffer());
  })();
  // Restoring beside the source, where its staff have accounts, is tested on its own below.
  await moveStaffAway(source.org.id);
  restored = await restoreAs(target.admin, zip);
  second = await download(target.admin);
});

describe('an archive restored into an empty organization and exported again', () => {
  it('restores', () => {
    expect(restored).toMatchObject({ ok: true });
  });

  it('holds every record of every kind, with every reference pointing at the same record', () => {
    const a = archiveOf(first);
    const b = archiveOf(second);
    expect(a.formatVersion).toBe(archiveFormatVersion);
    for (const key of compared) expect(a[key].length, `${key} in the source`).toBeGreaterThan(0);
    const map = idTranslation(a, b);
    const translate = (value: unknown) => deepMap(value, (s) => map.get(s) ?? s);
    for (const key of compared) {
      const left = key === 'auditEntries' ? ownAudit(a) : a[key];
      const right = key === 'auditEntries' ? ownAudit(b) : b[key];
      expect(sorted(right), key).toEqual(sorted(translate(left) as unknown[]));
    }
    const { id: _a, ...orgA } = a.organization;
    const { id: _b, ...orgB } = b.organization;
    expect(orgB).toEqual(orgA);
    for (const member of a.staff) {
      const { id: _i, userId: _u, homeBranchId, ...rest } = member;
      const twin = b.staff.find((other) => other.email === member.email)!;
      expect(twin).toMatchObject({ ...rest, homeBranchId: translate(homeBranchId) });
    }
  });

  it('writes the same CSV files again, apart from ids', () => {
    const names = Object.keys(first).filter((name) => name.endsWith('.csv'));
    expect(names.sort()).toEqual(
      Object.keys(second)
        .filter((name) => name.endsWith('.csv'))
        .sort(),
    );
    const rowsWithoutIds = (text: string) =>
      parseCsv(text.replace(/^\uFEFF/, ''))
        .slice(1)
        .map((row) => row.map((cell) => cell.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/gi, '<id>')).join('|'))
        .sort();
    for (const name of [
      'partners.csv',
      'contacts.csv',
      'interactions.csv',
      'interview-answers.csv',
      'referrals.csv',
    ]) {
      expect(rowsWithoutIds(second[name]!), name).toEqual(rowsWithoutIds(first[name]!));
    }
  });

  it('takes on the archived organization’s name and settings, and records the restore', async () => {
    const entries = await t.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.orgId, target.org.id), eq(auditEntries.action, 'organization.restore')));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.actorUserId).toBe(target.admin.userId);
    expect(archiveOf(second).organization.name).toBe('Alder Library');
    expect(archiveOf(second).organization).toMatchObject({
      timeZone: 'America/Los_Angeles',
      timeZoneConfirmed: true,
    });
  });

  it('leaves the source organization as it was', async () => {
    const rows = await t.db.select().from(partners).where(eq(partners.orgId, source.org.id));
    expect(rows).toHaveLength(5);
  });
});

describe('the time zone in an archive', () => {
  const withoutZone = () => {
    const { timeZone: _zone, timeZoneConfirmed: _confirmed, ...organization } = archiveOf(first).organization;
    return { ...archiveOf(first), organization };
  };
  const zoneOf = async (orgId: string) =>
    (await t.db.select().from(organizations).where(eq(organizations.id, orgId)))[0]?.timeZone;

  it('is kept as the organization’s own when the archive was written before time zones', async () => {
    const empty = await createOrganizationWithMembers(t.db, 'Cedar Library (new)');
    await t.db
      .update(organizations)
      .set({ timeZone: 'Europe/Berlin' })
      .where(eq(organizations.id, empty.org.id));
    const result = await restoreAs(empty.admin, JSON.stringify(withoutZone()), 'organization.json');
    expect(result).toMatchObject({ ok: true });
    expect(await zoneOf(empty.org.id)).toBe('Europe/Berlin');
  });

  it('is refused when it is not one of the zones the app knows, and nothing is restored', async () => {
    const empty = await createOrganizationWithMembers(t.db, 'Dogwood Library (new)');
    const archive = {
      ...withoutZone(),
      organization: { ...withoutZone().organization, timeZone: 'Mars/Base' },
    };
    const result = await restoreAs(empty.admin, JSON.stringify(archive), 'organization.json');
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { archive: [expect.stringMatching(/organization\.timeZone/)] },
    });
    expect(await zoneOf(empty.org.id)).toBe('UTC');
    expect(await t.db.select().from(partners).where(eq(partners.orgId, empty.org.id))).toHaveLength(0);
  });
});

describe('staff after a restore', () => {
  const quick = { sleep: async () => {} };

  it('makes an account no password opens for someone new, a member of the restored organization', async () => {
    const org = await createOrganizationWithMembers(t.db);
    const archive = archiveOf(first);
    const edited = {
      ...archive,
      staff: archive.staff.map((row) =>
        row.email === `moved.${source.liaison.email}` || row.email === source.liaison.email
          ? { ...row, email: 'Brand.New@example.org' }
          : row,
      ),
    };
    const result = await restoreAs(org.admin, JSON.stringify(edited), 'organization.json');
    expect(result).toMatchObject({ ok: true, data: { staff: archive.staff.length } });
    const [account] = await t.db.select().from(users).where(eq(users.email, 'brand.new@example.org'));
    const joined = await t.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.userId, account!.id), eq(memberships.orgId, org.org.id)));
    expect(joined).toHaveLength(1);
    for (const password of ['', defaultTestPassword, 'restored-from-archive:no-password-set']) {
      expect(await checkCredentials(t.db, 'brand.new@example.org', password, quick)).toMatchObject({
        ok: false,
      });
    }
  });
});

describe('consent (decision 0008)', () => {
  it('carries the answers of an interview with consent to keep notes, and none of one without', () => {
    const archive = archiveOf(first);
    const kept = archive.interviews.find((row) => row.id === source.interviews.consented.id)!;
    const withheld = archive.interviews.find((row) => row.id === source.interviews.unconsented.id)!;
    expect(Object.values(kept.answers as object)).toContain(consentedAnswer);
    expect(withheld.answers).toEqual({});
    expect(withheld.takeaways).toEqual(['Wants quieter spaces']);
    for (const [name, text] of Object.entries(first)) {
      expect(text, name).not.toContain(unconsentedAnswer);
    }
    expect(first['interview-answers.csv']).toContain(consentedAnswer);
  });

  it('stores no answers on restore for an interview without consent, whatever the file says', async () => {
    const org = await createOrganizationWithMembers(t.db);
    const archive = archiveOf(first);
    const edited = {
      ...archive,
      interviews: archive.interviews.map((row) =>
        row.consentNotes ? row : { ...row, answers: { anything: unconsentedAnswer } },
      ),
    };
    expect(await restoreAs(org.admin, JSON.stringify(edited), 'organization.json')).toMatchObject({
      ok: true,
    });
    const rows = await t.db.select().from(interviews).where(eq(interviews.orgId, org.org.id));
    expect(JSON.stringify(rows)).not.toContain(unconsentedAnswer);
    expect(JSON.stringify(rows)).toContain(consentedAnswer);
  });
});

describe('the CSV files', () => {
  it('never hand a spreadsheet a formula, and keep coordinates as numbers', () => {
    const [header, ...rows] = parseCsv(first['partners.csv']!.replace(/^\uFEFF/, ''));
    const col = (name: string) => header!.indexOf(name);
    const formula = rows.find((row) => row[col('name')]!.includes('HYPERLINK'))!;
    expect(formula[col('name')]).toBe(`'${formulaName}`);
    expect(formula[col('description')]).toBe("'@SUM(A1:A9)");
    expect(formula[col('longitude')]).toBe('-122.1');
    for (const [name, text] of Object.entries(first).filter(([n]) => n.endsWith('.csv'))) {
      for (const row of parseCsv(text.replace(/^\uFEFF/, ''))) {
        for (const cell of row) {
          if (/^-?\d+(\.\d+)?$/.test(cell)) continue;
          expect(cell, `${name}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
        }
      }
    }
    const contacts = first['contacts.csv']!;
    expect(contacts).toContain("'+1 prefers texts");
  });

  it('list staff without passwords or session data', () => {
    const staff = first['staff.csv']!;
    expect(staff.split('\r\n')[0]).not.toMatch(/password|session/i);
    expect(first['organization.json']).not.toMatch(/passwordHash|sessionVersion|\$argon2/);
    expect(first['organization.json']).not.toContain('importJobId');
  });
});
