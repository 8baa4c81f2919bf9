import { and, isNotNull, isNull, notInArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../client';
import { resources } from '../schema/resources';
import catalogue from './resources.json' with { type: 'json' };

// The built-in catalogue: the learning resources of the webinar Partner Atlas comes from, shared by
// every organization (rows with no orgId and a builtinKey). It is loaded right after the migrations
// run, wherever a database comes to life (the app's embedded database, `npm run db:migrate`,
// `npm run demo`, the tests), so no deployment can be without it and an edit to the file reaches
// every database on its next migration.

const entrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  creator: z.string().nullable(),
  year: z.number().int().nullable(),
  kind: z.string().min(1),
  // Null when no address is known: the app shows such an entry without a link, never an invented one.
  url: z.url({ protocol: /^https?$/ }).nullable(),
  url_verified: z.boolean(),
  summary: z.string(),
  topics: z.array(z.string().min(1)),
  use_when: z.string(),
});

export type CatalogueEntry = z.output<typeof entrySchema>;

/** The catalogue file, checked: a malformed edit fails loudly instead of loading half of it. */
export function catalogueEntries(): CatalogueEntry[] {
  const entries = z.array(entrySchema).parse(catalogue);
  const keys = new Set(entries.map((entry) => entry.id));
  if (keys.size !== entries.length) throw new Error('db/catalogue/resources.json repeats an id.');
  return entries;
}

/**
 * Makes the database's built-in resources exactly the file's: new entries are added, changed ones
 * updated in place (ids stay, so an organization's hidden ones stay hidden), and entries taken out of
 * the file are removed. Running it again changes nothing.
 */
export async function syncBuiltinResources(db: Db): Promise<void> {
  const entries = catalogueEntries();
  const rows = entries.map((entry) => ({
    builtinKey: entry.id,
    orgId: null,
    title: entry.title,
    creator: entry.creator ?? '',
    year: entry.year,
    kind: entry.kind,
    url: entry.url,
    summary: entry.summary,
    topics: entry.topics,
    useWhen: entry.use_when,
  }));
  await db.transaction(async (tx) => {
    await tx.delete(resources).where(
      and(
        isNull(resources.orgId),
        isNotNull(resources.builtinKey),
        notInArray(
          resources.builtinKey,
          rows.map((row) => row.builtinKey),
        ),
      ),
    );
    await tx
      .insert(resources)
      .values(rows)
      .onConflictDoUpdate({
        target: resources.builtinKey,
        set: {
          title: sql`excluded.title`,
          creator: sql`excluded.creator`,
          year: sql`excluded.year`,
          kind: sql`excluded.kind`,
          url: sql`excluded.url`,
          summary: sql`excluded.summary`,
          topics: sql`excluded.topics`,
          useWhen: sql`excluded.use_when`,
          updatedAt: sql`now()`,
        },
        // Only a real change is written, so a restart leaves the rows (and their timestamps) alone.
        setWhere: sql`(${resources.title}, ${resources.creator}, ${resources.year}, ${resources.kind}, ${resources.url}, ${resources.summary}, ${resources.topics}, ${resources.useWhen})
          is distinct from (excluded.title, excluded.creator, excluded.year, excluded.kind, excluded.url, excluded.summary, excluded.topics, excluded.use_when)`,
      });
  });
}
