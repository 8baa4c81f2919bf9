'use server';

import { z } from 'zod';
import { getDb } from '@/db';
import { isUniqueViolation, logError } from '@/db/errors';
import { ActionError, defineAction } from '@/lib/auth/action';
import { maxArchiveBytes } from './format';
import { ArchiveRefused, readArchive } from './read-archive';
import { type RestoreSummary, restoreOrganization } from './restore';

const refuse = (message: string) =>
  new ActionError('Nothing was restored: see the file field below.', { archive: [message] });

/**
 * Restores an archive (the zip or organization.json) into the admin's organization, which must be
 * empty. Every refusal names what is wrong beside the file field; nothing is written unless all is.
 */
export const restoreArchive = defineAction(
  {
    // The file is checked below: an upload, of at most maxArchiveBytes.
    schema: z.object({ archive: z.unknown() }),
    role: 'admin',
    revalidate: ['/', '/map', '/partners', '/interviews', '/dashboard', '/settings'],
  },
  async (input, ctx): Promise<RestoreSummary> => {
    const file = input.archive;
    if (!(file instanceof Blob) || file.size === 0) throw refuse('Choose the archive file to restore.');
    if (file.size > maxArchiveBytes) {
      throw refuse(
        `The file is ${Math.round(file.size / 1024 / 1024)} MB; a restore takes at most ${maxArchiveBytes / 1024 / 1024} MB.`,
      );
    }
    try {
      const archive = readArchive(new Uint8Array(await file.arrayBuffer()));
      return await restoreOrganization(await getDb(), ctx, archive);
    } catch (error) {
      if (error instanceof ArchiveRefused) throw refuse(error.message);
      if (isUniqueViolation(error)) {
        logError('restore', error);
        throw refuse(
          'The archive holds two records where only one may be (for example two branches with one name), so nothing was restored.',
        );
      }
      throw error;
    }
  },
);
