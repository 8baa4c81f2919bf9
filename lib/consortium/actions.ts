'use server';

import { getDb } from '@/db';
import { defineAction } from '@/lib/auth/action';
import { setConsortiumSharing } from './sharing';
import { consortiumSharingSchema } from './validation';

const settingsPage = '/settings/organization';

/** An admin chooses whether their organization's aggregate figures join the host's consortium view. */
export const updateConsortiumSharing = defineAction(
  {
    schema: consortiumSharingSchema,
    role: 'admin',
    revalidate: [settingsPage],
    redirectTo: () => `${settingsPage}?saved=consortium#consortium`,
  },
  async (input, ctx) => setConsortiumSharing(await getDb(), ctx, input.share),
);
