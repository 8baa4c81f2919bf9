'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { ActionError, defineAction } from './action';
import { notYoursMessage, ssoOnlySwitchMessage, switchMembership } from './switch';
import { chooserNextPath } from './validation';

const switchSchema = z.object({
  membershipId: z.uuid('Choose a library system.'),
  next: z.string().max(2000).optional(),
});

/**
 * Moves the caller's session into another library system they belong to (decision 0023), then
 * sends them on (the map unless they were going somewhere). Every page re-reads the organization
 * and role from the session row, so the next page is already the other system's.
 */
export const switchOrganization = defineAction(
  {
    schema: switchSchema,
    role: 'viewer',
    redirectTo: (data: { next: string }) => data.next,
    unscoped: 'it writes member.switch_in in the log of the system entered (decision 0026)',
  },
  async (input, ctx) => {
    const result = await switchMembership(await getDb(), ctx, input.membershipId);
    if (!result.ok)
      throw new ActionError(result.reason === 'sso_only' ? ssoOnlySwitchMessage : notYoursMessage);
    // Pages the browser kept from the system left must not be shown again from its cache.
    revalidatePath('/', 'layout');
    return { next: chooserNextPath(input.next) };
  },
);
