'use server';

import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { organizations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { defineAction } from '@/lib/auth/action';
import { lockOrganizationForEdit } from '@/lib/organization/lock';
import { purgeOrganization } from './purge';
import { retentionSettingsSchema } from './validation';

const settingsPage = '/settings/organization';

/**
 * Saves how long the caller's own organization keeps interview answers and import files. Part of
 * the organization's settings: the same version, so an edit made meanwhile is never overwritten.
 */
export const updateRetentionSettings = defineAction(
  {
    schema: retentionSettingsSchema,
    role: 'admin',
    revalidate: [settingsPage],
    redirectTo: () => `${settingsPage}?saved=retention#retention`,
  },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const current = await lockOrganizationForEdit(tx, ctx, input);
      const before = {
        interviewAnswersKeepMonths: current.interviewAnswersKeepMonths,
        importFilesKeepDays: current.importFilesKeepDays,
      };
      const after = {
        interviewAnswersKeepMonths: input.interviewAnswersKeepMonths,
        importFilesKeepDays: input.importFilesKeepDays,
      };
      if (JSON.stringify(before) === JSON.stringify(after)) return { id: current.id };
      await tx
        .update(organizations)
        .set({ ...after, version: sql`${organizations.version} + 1`, updatedAt: new Date() })
        .where(eq(organizations.id, ctx.orgId));
      await recordAudit(tx, ctx, {
        action: 'organization.retention',
        entityType: 'organization',
        entityId: current.id,
        before,
        after,
      });
      return { id: current.id };
    });
  },
);

/**
 * Applies the caller's organization's retention settings now rather than at the next daily pass:
 * the same purge, for this organization only, recorded with the admin as the one who did it.
 */
export const applyRetentionNow = defineAction(
  {
    schema: z.object({}),
    role: 'admin',
    revalidate: [settingsPage, '/interviews', '/partners/import'],
    redirectTo: () => `${settingsPage}?saved=purged#retention`,
  },
  async (_input, ctx) => {
    const db = await getDb();
    return purgeOrganization(db, ctx.orgId, ctx.userId);
  },
);
