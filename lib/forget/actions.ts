'use server';

import { z } from 'zod';
import { getDb } from '@/db';
import { defineAction } from '@/lib/auth/action';
import { forgetPartnerPerson } from './forget-partner';

const forgetPartnerSchema = z.object({ id: z.string().min(1, 'That partner was not found.') });

/**
 * Forgets a person who is a partner, at their request (PRODUCT.md, "Forgetting"): managers and admins
 * only, as it cannot be undone. Everything happens in one transaction.
 */
export const forgetPartner = defineAction(
  {
    schema: forgetPartnerSchema,
    role: 'manager',
    revalidate: ['/partners', '/map', '/interviews', '/dashboard'],
    redirectTo: (data: { id: string }) => `/partners/${data.id}?saved=forgotten`,
  },
  async (input, ctx) => {
    const db = await getDb();
    const counts = await db.transaction((tx) => forgetPartnerPerson(tx, ctx, input.id));
    return { id: input.id, ...counts };
  },
);
