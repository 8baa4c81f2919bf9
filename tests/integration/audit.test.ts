import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/settings/audit/route';
import { auditEntries } from '@/db/schema';
import { auditCsvColumns } from '@/lib/audit/csv';
import { auditChanges, auditRecordName, describeAuditAction } from '@/lib/audit/describe';
import { auditPageSize, exportAuditEntries, listAuditEntries } from '@/lib/audit/queries';
import { createBranch, updateBranch } from '@/lib/branches/actions';
import { csvCell, csvLine } from '@/lib/csv/cell';
import { createMember, createOrganizationWithMembers, form, signInAs } from '../factories';
import { parseCsv } from '../support/csv';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

const t = useTestDatabase();

afterEach(() => signInAs(null));

function getCsv() {
  return GET(new Request('http://localhost/api/settings/audit'), { params: Promise.resolve({}) });
}

async function readCsv(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  // The byte-order mark that tells Excel the file is UTF-8 (TextDecoder drops it again).
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes));
  return { header, rows: rows.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i]]))) };
}

/** Audit entries written straight into the table, a minute apart, the last one newest. */
async function seedEntries(orgId: string, count: number, actorUserId: string | null = null) {
  const start = Date.UTC(2026, 0, 1, 9, 0, 0);
  await t.db.insert(auditEntries).values(
    Array.from({ length: count }, (_, i) => ({
      orgId,
      actorUserId,
      action: 'branch.update',
      entityType: 'branch',
      entityId: `entity-${i}`,
      before: { name: `Name ${i}` },
      after: { name: `Name ${i + 1}` },
      createdAt: new Date(start + i * 60_000),
    })),
  );
}

describe('describing entries', () => {
  it('reads actions as people would say them', () => {
    expect(describeAuditAction('branch.update')).toBe('Updated branch');
    expect(describeAuditAction('branch.create')).toBe('Added branch');
    expect(describeAuditAction('branch.delete')).toBe('Removed branch');
    expect(describeAuditAction('organization.update')).toBe('Updated organization settings');
    expect(describeAuditAction('partner_contact.mark_private')).toBe('Partner contact: mark private');
  });

  it('lists only the fields that changed, with readable names', () => {
    expect(
      auditChanges(
        { name: 'Old', latitude: 47.6, longitude: -122.3, address: '' },
        { name: 'New', latitude: 47.6, longitude: null, address: '1 Main St' },
      ),
    ).toEqual([
      { field: 'name', label: 'Name', before: 'Old', after: 'New' },
      { field: 'longitude', label: 'Longitude', before: '-122.3', after: '' },
      { field: 'address', label: 'Address', before: '', after: '1 Main St' },
    ]);
    expect(auditChanges(null, { mapZoom: 12 })).toEqual([
      { field: 'mapZoom', label: 'Map zoom', before: '', after: '12' },
    ]);
    expect(auditRecordName({ before: { name: 'Gone Branch' }, after: null })).toBe('Gone Branch');
  });
});

describe('the audit log listing', () => {
  it('lists the organization’s entries newest first, a page at a time, with who made each', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    await seedEntries(org.id, auditPageSize + 5, admin.userId);
    await t.db.insert(auditEntries).values({
      orgId: org.id,
      actorUserId: null,
      action: 'demo.seed',
      entityType: 'organization',
      entityId: org.id,
      createdAt: new Date(Date.UTC(2025, 11, 31)),
    });

    const first = await listAuditEntries(t.db, { orgId: org.id });
    expect(first.total).toBe(auditPageSize + 6);
    expect(first.rows).toHaveLength(auditPageSize);
    expect(first.rows[0]).toMatchObject({ entityId: `entity-${auditPageSize + 4}`, actorName: admin.name });
    const times = first.rows.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));

    const second = await listAuditEntries(t.db, { orgId: org.id }, { page: 2 });
    expect(second.rows.map((r) => r.entityId)).toEqual([
      'entity-4',
      'entity-3',
      'entity-2',
      'entity-1',
      'entity-0',
      org.id,
    ]);
    // The oldest entry was made by no one in particular: the page shows it as "System".
    expect(second.rows.at(-1)?.actorName).toBeNull();
  });

  it('holds the entries a branch change leaves, with what changed', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    signInAs(admin);
    expect(await expectRedirect(() => createBranch(null, form({ name: 'Delridge' })))).toBe(
      '/settings/branches?saved=1',
    );
    const [created] = (await listAuditEntries(t.db, { orgId: org.id })).rows;
    expect(
      await expectRedirect(() =>
        updateBranch(
          null,
          form({
            id: created!.entityId,
            version: 1,
            name: 'Delridge Branch',
            latitude: '47.56',
            longitude: '-122.36',
          }),
        ),
      ),
    ).toBe('/settings/branches?saved=1');

    const { rows } = await listAuditEntries(t.db, { orgId: org.id });
    expect(rows.map((r) => describeAuditAction(r.action))).toEqual(['Updated branch', 'Added branch']);
    expect(
      auditChanges(rows[0]!.before, rows[0]!.after).map((c) => `${c.label}: ${c.before} → ${c.after}`),
    ).toEqual(['Name: Delridge → Delridge Branch', 'Latitude:  → 47.56', 'Longitude:  → -122.36']);
  });

  it('shows an admin none of another organization’s entries', async () => {
    const a = await createOrganizationWithMembers(t.db);
    const b = await createOrganizationWithMembers(t.db);
    await seedEntries(a.org.id, 2);
    await seedEntries(b.org.id, 3);
    const listed = await listAuditEntries(t.db, { orgId: a.org.id });
    expect(listed.total).toBe(2);
    const exported = [];
    for await (const batch of exportAuditEntries(t.db, { orgId: a.org.id })) exported.push(...batch);
    expect(exported).toHaveLength(2);
    const ids = new Set([...listed.rows, ...exported].map((r) => r.id));
    const theirs = await t.db.select({ id: auditEntries.id, orgId: auditEntries.orgId }).from(auditEntries);
    for (const entry of theirs.filter((e) => e.orgId === b.org.id)) expect(ids.has(entry.id)).toBe(false);
  });
});

describe('exporting in batches', () => {
  it('yields every entry exactly once, even when many share a moment or differ by microseconds', async () => {
    const { org } = await createOrganizationWithMembers(t.db);
    // A JavaScript Date keeps milliseconds only; PostgreSQL keeps microseconds.
    for (const at of [
      '2026-02-01 10:00:00.000001+00',
      '2026-02-01 10:00:00.000002+00',
      '2026-02-01 10:00:00.000003+00',
      '2026-02-01 10:00:00+00',
      '2026-02-01 10:00:00+00',
      '2026-02-01 10:00:00+00',
      '2026-02-01 09:00:00+00',
    ]) {
      await t.db.execute(
        sql`insert into audit_entries (org_id, action, entity_type, entity_id, created_at)
            values (${org.id}, 'branch.update', 'branch', ${at}, ${at}::timestamptz)`,
      );
    }
    const seen: string[] = [];
    const batchSizes: number[] = [];
    for await (const batch of exportAuditEntries(t.db, { orgId: org.id }, { batchSize: 2 })) {
      batchSizes.push(batch.length);
      seen.push(...batch.map((r) => r.id));
    }
    expect(batchSizes).toEqual([2, 2, 2, 1]);
    expect(new Set(seen).size).toBe(7);
  });
});

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+44 20')).toBe("'+44 20");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
    expect(csvCell(null)).toBe('');
    expect(csvLine(['a', 'b,c'])).toBe('a,"b,c"\r\n');
  });
});

describe('downloading the audit log', () => {
  it('gives an admin their organization’s log as a CSV file, newest first, safely escaped', async () => {
    const a = await createOrganizationWithMembers(t.db);
    const b = await createOrganizationWithMembers(t.db);
    signInAs(b.admin);
    expect(await expectRedirect(() => createBranch(null, form({ name: 'Secret B Branch' })))).toBe(
      '/settings/branches?saved=1',
    );

    signInAs(a.admin);
    const trickyName = '=HYPERLINK("http://evil.example","click")';
    const trickyAddress = '12 "Old" Mill Rd, Unit 4\nRiverbend';
    expect(await expectRedirect(() => createBranch(null, form({ name: 'Plain Branch' })))).toBe(
      '/settings/branches?saved=1',
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(
      await expectRedirect(() => createBranch(null, form({ name: trickyName, address: trickyAddress }))),
    ).toBe('/settings/branches?saved=1');

    const response = await getCsv();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const today = new Date().toISOString().slice(0, 10);
    expect(response.headers.get('content-disposition')).toContain(`audit-log-${today}.csv`);

    const { header, rows } = await readCsv(response);
    expect(header).toEqual(auditCsvColumns('UTC'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      Who: a.admin.name,
      Email: a.admin.email,
      What: 'Added branch',
      Action: 'branch.create',
      'Record type': 'Branch',
      Record: `'${trickyName}`,
    });
    expect(rows[0]!.Changes).toContain(`Address: (empty) → ${trickyAddress}`);
    expect(JSON.parse(rows[0]!.After!)).toMatchObject({ name: trickyName, address: trickyAddress });
    expect(rows[1]).toMatchObject({ Record: 'Plain Branch' });
    expect(new Date(rows[1]!['When (UTC, ISO 8601)']!).getTime()).toBeLessThanOrEqual(
      new Date(rows[0]!['When (UTC, ISO 8601)']!).getTime(),
    );
    // The organization's clock (UTC here), as a spreadsheet reads it.
    expect(rows[0]!['When (UTC)']).toBe(rows[0]!['When (UTC, ISO 8601)']!.slice(0, 19).replace('T', ' '));
    expect(JSON.stringify(rows)).not.toContain('Secret B Branch');
  });

  it('holds no password hashes', async () => {
    const { org, admin } = await createOrganizationWithMembers(t.db);
    await t.db.insert(auditEntries).values({
      orgId: org.id,
      actorUserId: admin.userId,
      action: 'member.create',
      entityType: 'member',
      entityId: admin.membershipId,
      after: { name: admin.name, email: admin.email, role: 'admin' },
    });
    signInAs(admin);
    const text = await (await getCsv()).text();
    expect(text).toContain(admin.email);
    expect(text).not.toMatch(/argon2|passwordHash/i);
  });

  it.each(['manager', 'staff', 'viewer'] as const)('refuses a %s with 403', async (role) => {
    const members = await createOrganizationWithMembers(t.db);
    await seedEntries(members.org.id, 1);
    signInAs(members[role]);
    const response = await getCsv();
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('entity-0');
  });

  it('refuses a visitor who is not signed in with 401', async () => {
    signInAs(null);
    const response = await getCsv();
    expect(response.status).toBe(401);
  });

  it('refuses an admin who must still choose a password with 401', async () => {
    const { org } = await createOrganizationWithMembers(t.db);
    const admin = await createMember(t.db, org.id, { role: 'admin', mustChangePassword: true });
    signInAs(admin);
    expect((await getCsv()).status).toBe(401);
  });
});
