'use server';

import { and, asc, eq, ilike, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { partners } from '@/db/schema';
import { defineAction } from '@/lib/auth/action';
import { containsPattern } from '@/lib/like';

const searchSchema = z.object({
  q: z
    .string()
    .max(200)
    .optional()
    .transform((v) => (v ?? '').trim()),
});

/** Partners whose name matches what was typed, for choosing the partner of an interview. */
export const searchPartnersForInterview = defineAction(
  { schema: searchSchema, role: 'staff' },
  async (input, ctx) => {
    const db = await getDb();
    if (!input.q) return [];
    const pattern = containsPattern(input.q);
    return db
      .select({ id: partners.id, name: partners.name })
      .from(partners)
      .where(and(eq(partners.orgId, ctx.orgId), isNull(partners.archivedAt), ilike(partners.name, pattern)))
      .orderBy(sql`position(lower(${input.q}) in lower(${partners.name}))`, asc(partners.name))
      .limit(10);
  },
);
