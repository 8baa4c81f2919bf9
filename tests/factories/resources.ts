import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { resources } from '@/db/schema';

/** One of an organization's own resources, written straight into the table (no audit entry). */
export async function createOwnResource(
  db: Db,
  orgId: string,
  values: Partial<typeof resources.$inferInsert> = {},
) {
  const [resource] = await db
    .insert(resources)
    .values({
      orgId,
      title: `Own resource ${randomUUID().slice(0, 8)}`,
      kind: 'document',
      topics: ['partnerships'],
      ...values,
    })
    .returning();
  if (!resource) throw new Error('no resource');
  return resource;
}

/** A built-in catalogue entry by its catalogue id (loaded with the migrations). */
export async function builtinResource(db: Db, key: string) {
  const [resource] = await db.select().from(resources).where(eq(resources.builtinKey, key));
  if (!resource) throw new Error(`no built-in resource ${key}`);
  return resource;
}
