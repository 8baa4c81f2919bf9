'use server';

import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { mailSettings } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction } from '@/lib/auth/action';
import { checkMailHost } from './host-check';
import { MailRefused } from './send';
import { openMailPassword, sealMailPassword } from './server';
import { sendTestMessageTo } from './test-message';
import { mailSettingsSchema } from './validation';

/** An admin chooses the deployment's mail server or sets the organization's own. */
export const saveMailSettings = defineAction(
  { schema: mailSettingsSchema, role: 'admin', revalidate: ['/settings/mail'] },
  async (input, ctx) => {
    if (input.server === 'own') {
      const check = await checkMailHost(input.host);
      if (!check.ok) throw new ActionError(check.message, { host: [check.message] });
    }
    const db = await getDb();
    await db.transaction(async (tx) => {
      const [before] = await tx.select().from(mailSettings).where(eq(mailSettings.orgId, ctx.orgId));
      const summary = (row: {
        host: string;
        port: number;
        security: string;
        username: string;
        fromAddress: string;
      }) => ({
        host: row.host,
        port: row.port,
        security: row.security,
        username: row.username,
        from: row.fromAddress,
      });
      if (input.server === 'deployment') {
        if (!before) return;
        await tx.delete(mailSettings).where(eq(mailSettings.orgId, ctx.orgId));
        await recordAudit(tx, ctx, {
          action: 'organization.mail_settings',
          entityType: 'organization',
          entityId: ctx.orgId,
          before: summary(before),
          after: { server: 'deployment' },
        });
        return;
      }
      // A blank password keeps the saved one only for the same server and account: sent to another
      // host, port or security, or for another user, it is asked for again.
      const same =
        before &&
        before.host === input.host &&
        before.port === Number(input.port) &&
        before.security === input.security &&
        before.username === input.username;
      const keep = !input.password && same;
      if (!input.password && !same && before?.password && input.username) {
        const message = 'Enter the password again: the server or the user name changed.';
        throw new ActionError(message, { password: [message] });
      }
      // Kept, it is sealed again: one saved before passwords were encrypted is encrypted now.
      const kept = keep ? openMailPassword(ctx.orgId, before.password) : '';
      if (keep && before.password && !kept) {
        const message =
          'Enter the password again: the saved one cannot be read with this server’s key (SECRETS_KEY or AUTH_SECRET changed).';
        throw new ActionError(message, { password: [message] });
      }
      const values = {
        host: input.host,
        port: Number(input.port),
        security: input.security,
        username: input.username,
        password: sealMailPassword(ctx.orgId, keep ? kept : input.password),
        fromAddress: input.from,
        updatedByUserId: ctx.userId,
        updatedAt: new Date(),
      };
      await tx
        .insert(mailSettings)
        .values({ orgId: ctx.orgId, ...values })
        .onConflictDoUpdate({
          target: mailSettings.orgId,
          set: { ...values, version: (before?.version ?? 0) + 1 },
        });
      await recordAudit(tx, ctx, {
        action: 'organization.mail_settings',
        entityType: 'organization',
        entityId: ctx.orgId,
        before: before ? summary(before) : { server: 'deployment' },
        after: summary({ ...values }),
      });
    });
    return { saved: true };
  },
);

/** Sends a test message to the admin, through the server the organization's reminders would use. */
export const sendTestMessage = defineAction(
  {
    schema: z.object({}),
    role: 'admin',
    // A scope would hold a transaction open, and the embedded database with it, while a mail
    // server answers; its queries name the organization.
    unscoped: 'waits for an outside mail server (decision 0026)',
  },
  async (_input, ctx) => {
    try {
      return await sendTestMessageTo(await getDb(), ctx);
    } catch (error) {
      if (error instanceof MailRefused) throw new ActionError(error.message);
      throw error;
    }
  },
);
