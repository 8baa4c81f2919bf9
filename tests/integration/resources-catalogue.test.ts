import { existsSync, readFileSync } from 'node:fs';
import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { syncBuiltinResources } from '@/db/catalogue/load';
import { resourceHides, resources } from '@/db/schema';
import { momentOfUseWhen } from '@/lib/resources/moments';
import { isKind, isTopic } from '@/lib/resources/vocabulary';
import { createOrganization } from '../factories';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();

type RawEntry = {
  id: string;
  title: string;
  creator: string | null;
  year: number | null;
  kind: string;
  url: string | null;
  topics: string[];
  use_when: string;
};

// Read as plain text, not through the loader, so a loader that dropped or changed entries fails here.
const file: RawEntry[] = JSON.parse(
  readFileSync(new URL('../../db/catalogue/resources.json', import.meta.url), 'utf8'),
);
// The list the product owner handed over, where this checkout still sits beside it.
const sharedPath = '../shared/resources.json';

async function builtins() {
  return t.db.select().from(resources).where(isNull(resources.orgId));
}

describe('the built-in catalogue', () => {
  it('holds the webinar’s twenty-five resources, the webinar, the worksheet and the interview guide among them', () => {
    expect(file).toHaveLength(25);
    const ids = file.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'building-community-relationships-webinar',
      'brainstorm-community-partners-asset-mapping',
      'connectedlib-community-centered-services',
      'community-leader-interview-guide',
    ])
      expect(ids).toContain(id);
  });

  it.skipIf(!existsSync(sharedPath))(
    'keeps the handed-over list’s titles, creators, years, kinds and addresses',
    () => {
      const shared: RawEntry[] = JSON.parse(readFileSync(sharedPath, 'utf8'));
      expect(file.map((e) => e.id)).toEqual(shared.map((e) => e.id));
      for (const [index, entry] of file.entries()) {
        const original = shared[index]!;
        expect({ ...entry, summary: undefined }).toMatchObject({ ...original, summary: undefined });
      }
    },
  );

  it('is in every freshly migrated database: one row per entry, nothing invented', async () => {
    const rows = await builtins();
    expect(rows).toHaveLength(file.length);
    for (const entry of file) {
      const row = rows.find((r) => r.builtinKey === entry.id);
      expect(row, entry.id).toBeDefined();
      expect(row!.title).toBe(entry.title);
      expect(row!.creator).toBe(entry.creator ?? '');
      expect(row!.year).toBe(entry.year);
      expect(row!.kind).toBe(entry.kind);
      expect(row!.topics).toEqual(entry.topics);
      // An entry without a known address stays without one.
      expect(row!.url).toBe(entry.url);
    }
    expect(rows.filter((r) => r.url === null).length).toBe(file.filter((e) => e.url === null).length);
    expect(rows.filter((r) => r.url === null).length).toBeGreaterThan(0);
  });

  it('uses only topics and kinds the app has labels for, and every entry lands in a moment on purpose', () => {
    for (const entry of file) {
      expect(isKind(entry.kind), `${entry.id} kind ${entry.kind}`).toBe(true);
      for (const topic of entry.topics) expect(isTopic(topic), `${entry.id} topic ${topic}`).toBe(true);
      expect(momentOfUseWhen[entry.use_when.toLowerCase()], `${entry.id}: “${entry.use_when}”`).toBeDefined();
    }
  });

  it('loads again without changing anything, and keeps an organization’s hidden ones hidden', async () => {
    const org = await createOrganization(t.db);
    const before = await builtins();
    const webinar = before.find((r) => r.builtinKey === 'building-community-relationships-webinar')!;
    await t.db.insert(resourceHides).values({ orgId: org.id, resourceId: webinar.id });
    await syncBuiltinResources(t.db);
    await syncBuiltinResources(t.db);
    const after = await builtins();
    expect(after.map((r) => [r.id, r.updatedAt.getTime()]).sort()).toEqual(
      before.map((r) => [r.id, r.updatedAt.getTime()]).sort(),
    );
    const hides = await t.db.select().from(resourceHides).where(eq(resourceHides.orgId, org.id));
    expect(hides.map((h) => h.resourceId)).toEqual([webinar.id]);
  });

  it('puts back an entry someone changed, and removes one that is no longer in the file', async () => {
    await t.db
      .update(resources)
      .set({ title: 'Edited by hand', url: 'https://invented.example/' })
      .where(eq(resources.builtinKey, 'community-leader-interview-guide'));
    await t.db.insert(resources).values({ builtinKey: 'withdrawn-entry', title: 'Withdrawn', kind: 'book' });
    await syncBuiltinResources(t.db);
    const [guide] = await t.db
      .select()
      .from(resources)
      .where(eq(resources.builtinKey, 'community-leader-interview-guide'));
    expect(guide?.title).toBe('Community Leader Interview Guide');
    expect(guide?.url).toBeNull();
    const withdrawn = await t.db
      .select()
      .from(resources)
      .where(and(isNull(resources.orgId), eq(resources.builtinKey, 'withdrawn-entry')));
    expect(withdrawn).toEqual([]);
    expect(await builtins()).toHaveLength(file.length);
  });
});
