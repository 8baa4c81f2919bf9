import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { batchesInScope, currentOrgScope, getDb, withOrgScope } from '@/db';
import { pgErrorCode } from '@/db/errors';
import {
  auditEntries,
  contacts,
  followUps,
  interactions,
  interviews,
  memberships,
  partners,
  resources,
} from '@/db/schema';
import { defineAction } from '@/lib/auth/action';
import { scopedLoader } from '@/lib/auth/loader';
import { defineRoute } from '@/lib/auth/route';
import { loadMapSummary } from '@/lib/map/loaders';
import { loadStaffList } from '@/lib/staff/loaders';
import {
  createMember,
  createOrganizationWithMembers,
  form,
  createContact as makeContact,
  createPartner as makePartner,
  signInAs,
} from '../factories';
import { createGuide, createInterview } from '../factories/interviews';
import { makeFollowUp, makeInteraction } from '../factories/relationships';
import { useTestDatabase } from '../support/database';

// The second wall (decision 0026): inside an organization's scope, a query that forgets its
// organization filter still reaches nothing of another organization, on PGlite and PostgreSQL alike.

const t = useTestDatabase();

afterEach(() => signInAs(null));

type Org = Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let a: Org;
let b: Org;

/** Everything of B the probes aim at, to compare before and after. */
async function snapshotOf(orgId: string) {
  const db = t.db;
  const [p, c, i, x, f, l] = await Promise.all([
    db.select().from(partners).where(eq(partners.orgId, orgId)).orderBy(partners.id),
    db.select().from(contacts).where(eq(contacts.orgId, orgId)).orderBy(contacts.id),
    db.select().from(interviews).where(eq(interviews.orgId, orgId)).orderBy(interviews.id),
    db.select().from(interactions).where(eq(interactions.orgId, orgId)).orderBy(interactions.id),
    db.select().from(followUps).where(eq(followUps.orgId, orgId)).orderBy(followUps.id),
    db.select().from(auditEntries).where(eq(auditEntries.orgId, orgId)).orderBy(auditEntries.id),
  ]);
  return { p, c, i, x, f, l };
}

async function seed(org: Org, label: string) {
  const partner = await makePartner(t.db, org.org.id, { name: `${label} Partner` });
  await makeContact(t.db, org.org.id, partner.id, { name: `${label} Person`, email: `${label}@example.org` });
  const { version } = await createGuide(t.db, org.org.id, { name: `${label} Guide` });
  await createInterview(t.db, org.org.id, version.id, {
    partnerId: partner.id,
    intervieweeName: `${label} Voice`,
  });
  await makeInteraction(t.db, org.org.id, partner.id, { occurredOn: '2026-03-01', note: `${label} note` });
  await makeFollowUp(t.db, org.org.id, {
    assigneeMembershipId: org.staff.membershipId,
    dueOn: '2026-04-01',
    partnerId: partner.id,
  });
  await t.db.insert(auditEntries).values({
    orgId: org.org.id,
    action: 'partner.create',
    entityType: 'partner',
    entityId: partner.id,
  });
  await t.db.insert(resources).values({ orgId: org.org.id, title: `${label} Resource`, kind: 'document' });
  return partner;
}

let aPartner: Awaited<ReturnType<typeof makePartner>>;
let bPartner: Awaited<ReturnType<typeof makePartner>>;

beforeAll(async () => {
  a = await createOrganizationWithMembers(t.db, 'Alder Library');
  b = await createOrganizationWithMembers(t.db, 'Birch Library');
  aPartner = await seed(a, 'Alder');
  bPartner = await seed(b, 'Birch');
});

const scopeOf = (org: Org) => ({ orgId: org.org.id, userId: org.admin.userId });

const refusedByPolicy = async (work: () => Promise<unknown>) => {
  const error = await work().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the statement should have been refused').not.toBeNull();
  // 42501: new row violates row-level security policy.
  expect(pgErrorCode(error)).toBe('42501');
};

describe('inside an organization scope', () => {
  it('reads only that organization, whatever the query forgets', async () => {
    const seen = await withOrgScope(scopeOf(a), async () => {
      const db = await getDb();
      return {
        partners: await db.select({ orgId: partners.orgId }).from(partners),
        contacts: await db.select({ orgId: contacts.orgId }).from(contacts),
        interviews: await db.select({ orgId: interviews.orgId }).from(interviews),
        interactions: await db.select({ orgId: interactions.orgId }).from(interactions),
        followUps: await db.select({ orgId: followUps.orgId }).from(followUps),
        audit: await db.select({ orgId: auditEntries.orgId }).from(auditEntries),
        memberships: await db.select({ orgId: memberships.orgId }).from(memberships),
        resources: await db.select({ orgId: resources.orgId }).from(resources),
        byId: await db.select().from(partners).where(eq(partners.id, bPartner.id)),
        counted: await db.execute(sql`select count(*)::int as n from contacts where org_id = ${b.org.id}`),
      };
    });
    for (const key of ['partners', 'contacts', 'interviews', 'interactions', 'followUps', 'audit'] as const) {
      expect(seen[key].length, key).toBeGreaterThan(0);
      expect(new Set(seen[key].map((row) => row.orgId)), key).toEqual(new Set([a.org.id]));
    }
    expect(new Set(seen.memberships.map((row) => row.orgId))).toEqual(new Set([a.org.id]));
    // The built-in catalogue (no organization) is everyone's; B's own resources are not.
    expect(seen.resources.some((row) => row.orgId === null)).toBe(true);
    expect(seen.resources.some((row) => row.orgId === b.org.id)).toBe(false);
    expect(seen.byId).toEqual([]);
    const counted = seen.counted as unknown as { rows?: { n: number }[] } & { n: number }[];
    expect((counted.rows ?? counted)[0]?.n).toBe(0);
  });

  it('changes nothing of another organization with an update or delete that names none', async () => {
    const before = await snapshotOf(b.org.id);
    const changed = await withOrgScope(scopeOf(a), async () => {
      const db = await getDb();
      const renamed = await db.update(partners).set({ name: 'Probed' }).returning({ orgId: partners.orgId });
      const notes = await db
        .update(interactions)
        .set({ note: 'probed' })
        .returning({ orgId: interactions.orgId });
      const gone = await db.delete(followUps).returning({ orgId: followUps.orgId });
      const log = await db.delete(auditEntries).returning({ orgId: auditEntries.orgId });
      const bById = await db.delete(contacts).where(eq(contacts.partnerId, bPartner.id)).returning();
      return { renamed, notes, gone, log, bById };
    });
    for (const rows of [changed.renamed, changed.notes, changed.gone, changed.log]) {
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.orgId === a.org.id)).toBe(true);
    }
    expect(changed.bById).toEqual([]);
    expect(await snapshotOf(b.org.id)).toEqual(before);
  });

  it('refuses to write a row into another organization or move one there', async () => {
    const before = await snapshotOf(b.org.id);
    await refusedByPolicy(() =>
      withOrgScope(scopeOf(a), async () =>
        (await getDb())
          .insert(partners)
          .values({ orgId: b.org.id, name: 'Planted', category: 'institution' }),
      ),
    );
    await refusedByPolicy(() =>
      withOrgScope(scopeOf(a), async () =>
        (await getDb())
          .insert(auditEntries)
          .values({ orgId: b.org.id, action: 'forged', entityType: 'partner', entityId: bPartner.id }),
      ),
    );
    await refusedByPolicy(() =>
      withOrgScope(scopeOf(a), async () =>
        (await getDb()).update(partners).set({ orgId: b.org.id }).where(eq(partners.id, aPartner.id)),
      ),
    );
    expect(await snapshotOf(b.org.id)).toEqual(before);
    const [stillA] = await t.db.select().from(partners).where(eq(partners.id, aPartner.id));
    expect(stillA?.orgId).toBe(a.org.id);
  });

  it('lets a person see her own memberships elsewhere (to switch), and nobody else’s', async () => {
    const consultant = await createMember(t.db, b.org.id, { role: 'viewer', name: 'Consultant' });
    await t.db.insert(memberships).values({ orgId: a.org.id, userId: consultant.userId, role: 'staff' });
    const rows = await withOrgScope({ orgId: a.org.id, userId: consultant.userId }, async () =>
      (await getDb()).select({ orgId: memberships.orgId, userId: memberships.userId }).from(memberships),
    );
    const inB = rows.filter((row) => row.orgId === b.org.id);
    expect(inB).toEqual([{ orgId: b.org.id, userId: consultant.userId }]);
    expect(rows.filter((row) => row.orgId === a.org.id).length).toBeGreaterThan(1);
  });

  it('keeps nested transactions working as savepoints, and commits what the scope wrote', async () => {
    const name = `Nested ${Date.now()}`;
    await withOrgScope(scopeOf(a), async () => {
      const db = await getDb();
      await db.transaction(async (tx) => {
        await tx.insert(partners).values({ orgId: a.org.id, name, category: 'institution' });
      });
      await db
        .transaction(async (tx) => {
          await tx
            .insert(partners)
            .values({ orgId: a.org.id, name: `${name} rolled back`, category: 'institution' });
          throw new Error('roll this one back');
        })
        .catch(() => undefined);
      // The scope is intact after the savepoint rolled back.
      const seen = await db.select({ orgId: partners.orgId }).from(partners);
      expect(new Set(seen.map((row) => row.orgId))).toEqual(new Set([a.org.id]));
    });
    const written = await t.db
      .select({ name: partners.name })
      .from(partners)
      .where(eq(partners.orgId, a.org.id));
    expect(written.map((row) => row.name)).toContain(name);
    expect(written.map((row) => row.name)).not.toContain(`${name} rolled back`);
  });

  it('keeps what was written before a refusal, as actions did before scopes', async () => {
    const name = `Before refusal ${Date.now()}`;
    await expect(
      withOrgScope(scopeOf(a), async () => {
        await (await getDb()).insert(partners).values({ orgId: a.org.id, name, category: 'institution' });
        throw new Error('refused after writing');
      }),
    ).rejects.toThrow('refused after writing');
    const [kept] = await t.db.select().from(partners).where(eq(partners.name, name));
    expect(kept?.orgId).toBe(a.org.id);
  });

  it('refuses a scope of another organization inside a scope', async () => {
    await expect(
      withOrgScope(scopeOf(a), () => withOrgScope(scopeOf(b), async () => 'crossed')),
    ).rejects.toThrow(/another organization/);
  });

  it('ends with the request: the owner’s connection afterwards is not bound', async () => {
    await withOrgScope(scopeOf(a), async () => (await getDb()).select().from(partners));
    const everyone = await (await getDb()).select({ orgId: partners.orgId }).from(partners);
    expect(new Set(everyone.map((row) => row.orgId))).toEqual(new Set([a.org.id, b.org.id]));
  });
});

describe('actions', () => {
  it('run their handler inside the caller’s scope', async () => {
    const probe = defineAction({ schema: z.object({}), role: 'viewer' }, async () => {
      const db = await getDb();
      const rows = await db.select({ orgId: partners.orgId }).from(partners);
      return [...new Set(rows.map((row) => row.orgId))];
    });
    signInAs(b.viewer);
    const result = await probe(null, form({}));
    expect(result).toEqual({ ok: true, data: [b.org.id] });
  });
});

describe('loaders', () => {
  /** A loader whose query forgets its organization: only the second wall stands. */
  const careless = scopedLoader(async (_ctx: { orgId: string; userId: string }) => {
    const db = await getDb();
    const rows = await db.select({ orgId: partners.orgId, name: partners.name }).from(partners);
    const people = await db.select({ orgId: memberships.orgId }).from(memberships);
    return { partners: rows, memberships: people };
  });

  it('read only their organization, even with a query that names none', async () => {
    const seen = await careless(a.admin);
    expect(seen.partners.length).toBeGreaterThan(0);
    expect(new Set(seen.partners.map((row) => row.orgId))).toEqual(new Set([a.org.id]));
    expect(seen.partners.map((row) => row.name)).not.toContain('Birch Partner');
    expect(new Set(seen.memberships.map((row) => row.orgId))).toEqual(new Set([a.org.id]));
  });

  it('of the app read in the scope too (staff, the map’s popup)', async () => {
    const staff = await loadStaffList(a.admin);
    expect(staff.map((member) => member.email)).toContain(a.admin.email);
    expect(staff.map((member) => member.email)).not.toContain(b.admin.email);
    // B's partner asked for by id from A: the loader finds nothing.
    expect(await loadMapSummary({ ...a.admin, role: 'admin' } as never, bPartner.id)).toBeNull();
    expect(await loadMapSummary({ ...b.admin, role: 'admin' } as never, bPartner.id)).not.toBeNull();
  });

  it('run side by side, each in its own transaction, without waiting on each other forever', async () => {
    const results = await Promise.all([
      careless(a.admin),
      careless(b.admin),
      careless(a.viewer),
      loadStaffList(b.admin),
      careless(b.viewer),
    ]);
    expect(new Set(results[0].partners.map((row) => row.orgId))).toEqual(new Set([a.org.id]));
    expect(new Set(results[1].partners.map((row) => row.orgId))).toEqual(new Set([b.org.id]));
    expect(new Set(results[4].partners.map((row) => row.orgId))).toEqual(new Set([b.org.id]));
    expect(results[3].map((member) => member.email)).not.toContain(a.admin.email);
  });

  it('inside an action are that action’s scope', async () => {
    const probe = defineAction({ schema: z.object({}), role: 'viewer' }, async (_input, ctx) => {
      const outer = currentOrgScope();
      const inner = await scopedLoader(async () => currentOrgScope())(ctx);
      return { outer, inner, seen: (await careless(ctx)).partners.length };
    });
    signInAs(a.viewer);
    const result = await probe(null, form({}));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.outer?.orgId).toBe(a.org.id);
    expect(result.data.inner).toEqual(result.data.outer);
  });

  it('commit when they return: the owner’s connection afterwards sees every organization', async () => {
    await careless(a.admin);
    expect(currentOrgScope()).toBeUndefined();
    const everyone = await (await getDb()).select({ orgId: partners.orgId }).from(partners);
    expect(new Set(everyone.map((row) => row.orgId))).toEqual(new Set([a.org.id, b.org.id]));
  });
});

describe('route handlers', () => {
  it('run in the caller’s scope', async () => {
    const probe = defineRoute<Record<string, never>>({ role: 'viewer' }, async () => {
      const rows = await (await getDb()).select({ orgId: partners.orgId }).from(partners);
      return Response.json([...new Set(rows.map((row) => row.orgId))]);
    });
    signInAs(b.viewer);
    const response = await probe(new Request('http://localhost/api/x'), { params: Promise.resolve({}) });
    expect(await response.json()).toEqual([b.org.id]);
  });

  it('that stream read each batch in a scope of its own, after the request', async () => {
    async function* everyPartner(open: () => Promise<Awaited<ReturnType<typeof getDb>>>) {
      for (let round = 0; round < 3; round++) {
        const rows = await (await open()).select({ orgId: partners.orgId }).from(partners);
        yield { scope: currentOrgScope(), orgs: [...new Set(rows.map((row) => row.orgId))] };
      }
    }
    const batches = batchesInScope(scopeOf(a), everyPartner(getDb));
    const seen = [];
    for await (const batch of batches) {
      // Between batches no scope is open (nothing holds a transaction while the browser reads).
      expect(currentOrgScope()).toBeUndefined();
      seen.push(batch);
    }
    expect(seen).toHaveLength(3);
    for (const batch of seen) {
      expect(batch.orgs).toEqual([a.org.id]);
      expect(batch.scope?.orgId).toBe(a.org.id);
    }
  });

  const knownUnscoped = [
    'app/api/export/archive/route.ts',
    'app/api/export/partners/route.ts',
    'app/api/map/basemap/route.ts',
    'app/api/partners/export/route.ts',
    'app/api/settings/audit/route.ts',
  ];
  it('outside the scope are the known few (streams, scoped per batch, and the base map)', () => {
    const root = path.resolve(__dirname, '../..');
    const files = readdirSync(path.join(root, 'app'), { recursive: true })
      .map((file) => path.join('app', String(file)))
      .filter((file) => file.endsWith('route.ts'));
    const unscoped = files.filter((file) =>
      /\bunscoped:\s*['"`]/.test(readFileSync(path.join(root, file), 'utf8')),
    );
    expect(unscoped.sort()).toEqual(knownUnscoped);
  });
});

describe('actions outside the scope', () => {
  // Each one gives its reason in the code (decision 0026); a new one must be added here, knowingly.
  const known = [
    'lib/auth/switch-actions.ts',
    'lib/geocoding/actions.ts',
    'lib/mail/actions.ts',
    'lib/sso/actions.ts',
  ];

  it('are only the known few', () => {
    const root = path.resolve(__dirname, '../..');
    const files = readdirSync(path.join(root, 'lib'), { recursive: true })
      .map((file) => path.join('lib', String(file)))
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'lib/auth/action.ts');
    const unscoped = files.filter((file) =>
      /\bunscoped:\s*['"`]/.test(readFileSync(path.join(root, file), 'utf8')),
    );
    expect(unscoped.sort()).toEqual(known);
  });
});

describe('every table that holds an organization’s rows', () => {
  // Tables with an org_id that are deliberately outside the wall, and why. A new table with an
  // org_id fails this test until it has a policy (decision 0026 says how) or a reason here.
  const outside: Record<string, string> = {
    host_audit: 'the host’s own log, across systems; written and read only by host actions (decision 0023)',
  };

  it('has row-level security and a policy for the app role', async () => {
    const result = await t.db.execute(sql`
      select c.relname as table, c.relrowsecurity as enabled,
        exists (
          select 1 from pg_policies p
          where p.schemaname = 'public' and p.tablename = c.relname and 'atlas_app' = any (p.roles)
        ) as has_policy
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped
      where c.relkind = 'r'
      order by 1`);
    const rows = ((result as { rows?: unknown[] }).rows ?? result) as {
      table: string;
      enabled: boolean;
      has_policy: boolean;
    }[];
    expect(rows.length).toBeGreaterThan(20);
    const unwalled = rows
      .filter((row) => !(row.enabled && row.has_policy) && !(row.table in outside))
      .map((row) => row.table);
    expect(unwalled, 'tables with org_id but no row-level security policy').toEqual([]);
    for (const name of Object.keys(outside)) expect(rows.map((row) => row.table)).toContain(name);
  });

  it('gives the app role no way around it', async () => {
    const result = await t.db.execute(
      sql`select rolbypassrls, rolsuper, rolcanlogin from pg_roles where rolname = 'atlas_app'`,
    );
    const rows = ((result as { rows?: unknown[] }).rows ?? result) as Record<string, boolean>[];
    expect(rows).toEqual([{ rolbypassrls: false, rolsuper: false, rolcanlogin: false }]);
  });
});
