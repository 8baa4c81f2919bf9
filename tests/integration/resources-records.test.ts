import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, resourceHides, resources } from '@/db/schema';
import { createResource, removeResource, updateResource } from '@/lib/resources/actions';
import { listHiddenResources, listResources } from '@/lib/resources/queries';
import { emptyResourceFilter } from '@/lib/resources/validation';
import { hideResource, unhideResource } from '@/lib/resources/visibility-actions';
import { createOrganizationWithMembers, form, signInAs } from '../factories';
import { builtinResource, createOwnResource } from '../factories/resources';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

// An organization's own resources (admins and managers add, edit, remove) and hiding built-in ones,
// with the walls between organizations and between roles.

const t = useTestDatabase();

afterEach(() => signInAs(null));

type Org = Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let a: Org;
let b: Org;

beforeAll(async () => {
  a = await createOrganizationWithMembers(t.db, 'Alder Public Library');
  b = await createOrganizationWithMembers(t.db, 'Birch Public Library');
});

const policy = {
  title: 'Alder partnership policy',
  url: 'https://alder.example.org/policies/partnerships',
  creator: 'Alder board of trustees',
  year: '2024',
  kind: 'document',
  summary: 'What the library can promise a partner, and who signs.',
  topics: ['partnerships', 'administrator-support'],
  moment: 'keeping-going',
};

async function auditFor(entityId: string) {
  return t.db.select().from(auditEntries).where(eq(auditEntries.entityId, entityId));
}

async function ownRows(orgId: string) {
  return t.db.select().from(resources).where(eq(resources.orgId, orgId));
}

describe('adding a resource of one’s own', () => {
  it('lets a manager add one, which their organization sees and another never does, with an audit entry', async () => {
    signInAs(a.manager);
    const to = await expectRedirect(() => createResource(null, form(policy)));
    expect(to).toMatch(/^\/resources\?saved=added#resource-[0-9a-f-]{36}$/);
    const [row] = (await ownRows(a.org.id)).filter((r) => r.title === policy.title);
    expect(row).toMatchObject({
      orgId: a.org.id,
      builtinKey: null,
      url: policy.url,
      creator: policy.creator,
      year: 2024,
      kind: 'document',
      topics: ['partnerships', 'administrator-support'],
      useWhen: 'keeping-going',
      createdByUserId: a.manager.userId,
    });
    const audit = await auditFor(row!.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      orgId: a.org.id,
      actorUserId: a.manager.userId,
      action: 'resource.create',
    });

    const seenByA = await listResources(t.db, { orgId: a.org.id }, emptyResourceFilter);
    expect(seenByA.map((r) => r.title)).toContain(policy.title);
    const seenByB = await listResources(t.db, { orgId: b.org.id }, emptyResourceFilter);
    expect(seenByB.map((r) => r.title)).not.toContain(policy.title);
    expect(seenByB.filter((r) => r.orgId !== null)).toEqual([]);
  });

  it('lets an admin add one without an address, which stays without one', async () => {
    signInAs(a.admin);
    await expectRedirect(() =>
      createResource(null, form({ title: 'Binder of partner letters', kind: 'document', url: '' })),
    );
    const [row] = (await ownRows(a.org.id)).filter((r) => r.title === 'Binder of partner letters');
    expect(row?.url).toBeNull();
    expect(row?.topics).toEqual([]);
  });

  it.each(['staff', 'viewer'] as const)('refuses a %s, saying who may, and writes nothing', async (role) => {
    signInAs(a[role]);
    const before = await ownRows(a.org.id);
    const result = await createResource(null, form({ ...policy, title: `By ${role}` }));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('Only managers and admins') });
    expect(await ownRows(a.org.id)).toHaveLength(before.length);
  });

  it('refuses a signed-out caller', async () => {
    signInAs(null);
    const result = await createResource(null, form(policy));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('Sign in') });
  });

  it('explains each bad field beside it and writes nothing', async () => {
    signInAs(a.manager);
    const before = await ownRows(a.org.id);
    const result = await createResource(
      null,
      form({
        title: '   ',
        url: 'javascript:alert(1)',
        year: '20x4',
        kind: 'scroll',
        topics: ['partnerships', 'astrology'],
        moment: 'someday',
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      'kind',
      'moment',
      'title',
      'topics',
      'url',
      'year',
    ]);
    expect(result.fieldErrors?.url?.[0]).toMatch(/https:\/\//);
    expect(await ownRows(a.org.id)).toHaveLength(before.length);
  });

  it('takes an address typed without https:// and keeps it as https', async () => {
    signInAs(a.manager);
    await expectRedirect(() =>
      createResource(null, form({ title: 'Typed loosely', kind: 'article', url: 'example.org/partners' })),
    );
    const [row] = (await ownRows(a.org.id)).filter((r) => r.title === 'Typed loosely');
    expect(row?.url).toBe('https://example.org/partners');
  });
});

describe('editing and removing one’s own', () => {
  it('saves an edit, refuses a stale one naming who saved first, and keeps nothing of it', async () => {
    const resource = await createOwnResource(t.db, a.org.id, { title: 'Volunteer handbook' });
    signInAs(a.admin);
    await expectRedirect(() =>
      updateResource(
        null,
        form({ id: resource.id, version: 1, title: 'Volunteer handbook (2025)', kind: 'document' }),
      ),
    );
    signInAs(a.manager);
    const stale = await updateResource(
      null,
      form({ id: resource.id, version: 1, title: 'My slower title', kind: 'guide', timeZone: 'UTC' }),
    );
    expect(stale).toMatchObject({
      ok: false,
      message: expect.stringContaining(`${a.admin.name} changed this resource`),
    });
    const [row] = await t.db.select().from(resources).where(eq(resources.id, resource.id));
    expect(row).toMatchObject({ title: 'Volunteer handbook (2025)', kind: 'document', version: 2 });
    expect((await auditFor(resource.id)).map((e) => e.action)).toEqual(['resource.update']);
  });

  it('writes nothing when nothing changed', async () => {
    const resource = await createOwnResource(t.db, a.org.id, {
      title: 'Unchanged',
      kind: 'guide',
      topics: [],
    });
    signInAs(a.manager);
    const to = await expectRedirect(() =>
      updateResource(null, form({ id: resource.id, version: 1, title: 'Unchanged', kind: 'guide' })),
    );
    expect(to).toContain('saved=unchanged');
    expect(await auditFor(resource.id)).toEqual([]);
  });

  it('never edits or removes a built-in resource, nor another organization’s', async () => {
    const builtin = await builtinResource(t.db, 'community-leader-interview-guide');
    const theirs = await createOwnResource(t.db, b.org.id, { title: 'Birch secret plan' });
    signInAs(a.admin);
    for (const id of [builtin.id, theirs.id, 'not-a-uuid']) {
      const edit = await updateResource(null, form({ id, version: 1, title: 'Taken over', kind: 'guide' }));
      expect(edit).toMatchObject({ ok: false, message: expect.stringContaining('not found') });
      const removal = await removeResource(null, form({ id, version: 1 }));
      expect(removal).toMatchObject({ ok: false, message: expect.stringContaining('not found') });
    }
    expect((await builtinResource(t.db, 'community-leader-interview-guide')).title).toBe(builtin.title);
    const [still] = await t.db.select().from(resources).where(eq(resources.id, theirs.id));
    expect(still?.title).toBe('Birch secret plan');
  });

  it('removes one after asking, with an audit entry that keeps what it said', async () => {
    const resource = await createOwnResource(t.db, a.org.id, { title: 'Old flyer' });
    signInAs(a.staff);
    expect(await removeResource(null, form({ id: resource.id, version: 1 }))).toMatchObject({ ok: false });
    signInAs(a.manager);
    expect(await expectRedirect(() => removeResource(null, form({ id: resource.id, version: 1 })))).toBe(
      '/resources?saved=removed',
    );
    expect(await t.db.select().from(resources).where(eq(resources.id, resource.id))).toEqual([]);
    const [entry] = await auditFor(resource.id);
    expect(entry).toMatchObject({
      action: 'resource.delete',
      before: expect.objectContaining({ name: 'Old flyer' }),
    });
  });
});

describe('hiding a built-in resource for the organization', () => {
  it('hides it from one organization only, lists it under Hidden, and shows it again', async () => {
    const chat = await builtinResource(t.db, 'building-community-relationships-chat');
    signInAs(a.manager);
    expect(await expectRedirect(() => hideResource(null, form({ id: chat.id })))).toBe(
      '/resources?saved=hidden',
    );

    const aSees = await listResources(t.db, { orgId: a.org.id }, emptyResourceFilter);
    expect(aSees.map((r) => r.id)).not.toContain(chat.id);
    expect((await listHiddenResources(t.db, { orgId: a.org.id })).map((r) => r.id)).toEqual([chat.id]);
    const bSees = await listResources(t.db, { orgId: b.org.id }, emptyResourceFilter);
    expect(bSees.map((r) => r.id)).toContain(chat.id);
    expect(await listHiddenResources(t.db, { orgId: b.org.id })).toEqual([]);

    expect(await hideResource(null, form({ id: chat.id }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('already hidden'),
    });

    signInAs(a.admin);
    await expectRedirect(() => unhideResource(null, form({ id: chat.id })));
    const again = await listResources(t.db, { orgId: a.org.id }, emptyResourceFilter);
    expect(again.map((r) => r.id)).toContain(chat.id);
    const actions = (await auditFor(chat.id)).map((e) => [e.orgId, e.action]);
    expect(actions).toEqual([
      [a.org.id, 'resource.hide'],
      [a.org.id, 'resource.unhide'],
    ]);
  });

  it.each(['staff', 'viewer'] as const)('refuses a %s', async (role) => {
    const slides = await builtinResource(t.db, 'building-community-relationships-slides');
    signInAs(a[role]);
    expect(await hideResource(null, form({ id: slides.id }))).toMatchObject({ ok: false });
    expect(await t.db.select().from(resourceHides).where(eq(resourceHides.resourceId, slides.id))).toEqual(
      [],
    );
  });

  it('hides only built-in ones: an organization’s own are removed instead', async () => {
    const theirs = await createOwnResource(t.db, b.org.id, { title: 'Birch only' });
    const mine = await createOwnResource(t.db, a.org.id, { title: 'Alder only' });
    signInAs(a.admin);
    for (const id of [theirs.id, mine.id]) {
      expect(await hideResource(null, form({ id }))).toMatchObject({
        ok: false,
        message: expect.stringContaining('not found'),
      });
    }
  });
});
