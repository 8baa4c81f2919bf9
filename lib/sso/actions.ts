'use server';

import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { memberships, ssoIdentities, ssoRequests, ssoSettings, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction } from '@/lib/auth/action';
import { ssoOnlyPassword } from '@/lib/auth/sso/complete';
import { entraIssuer, googleIssuer } from '@/lib/auth/sso/kinds';
import { isUuid } from '@/lib/ids';
import { decryptSecret, encryptSecret } from '@/lib/secrets';
import { checkIssuerAddress, testDiscovery } from './discovery';
import { parseDomains, requestIdSchema, ssoSettingsSchema } from './validation';

const revalidate = ['/settings/sign-in'];

/** What the audit log keeps of the settings: never the client secret. */
function summary(row: {
  kind: string;
  issuer: string;
  clientId: string;
  allowedDomains: string[];
  defaultRole: string;
  newPeople: string;
  enabled: boolean;
  passwordSignInOff: boolean;
  breakGlassMembershipId: string | null;
}) {
  return {
    kind: row.kind,
    issuer: row.issuer,
    clientId: row.clientId,
    allowedDomains: row.allowedDomains,
    defaultRole: row.defaultRole,
    newPeople: row.newPeople,
    enabled: row.enabled,
    passwordSignInOff: row.passwordSignInOff,
    breakGlassMembershipId: row.breakGlassMembershipId,
  };
}

/** An admin sets the organization's identity provider, who may use it, and whether passwords still work. */
export const saveSsoSettings = defineAction(
  { schema: ssoSettingsSchema, role: 'admin', revalidate },
  async (input, ctx) => {
    const issuer =
      input.kind === 'entra'
        ? entraIssuer(input.tenant)
        : input.kind === 'google'
          ? googleIssuer
          : input.issuer;
    if (input.kind === 'oidc') {
      const blocked = await checkIssuerAddress(issuer);
      if (blocked) throw new ActionError(blocked, { issuer: [blocked] });
    }
    const db = await getDb();
    await db.transaction(async (tx) => {
      const [before] = await tx.select().from(ssoSettings).where(eq(ssoSettings.orgId, ctx.orgId));
      if (!input.clientSecret && !before) {
        const message = 'Enter the client secret the provider gave you.';
        throw new ActionError(message, { clientSecret: [message] });
      }
      // A blank secret keeps the saved one only for the same provider and client.
      if (!input.clientSecret && before && (before.issuer !== issuer || before.clientId !== input.clientId)) {
        const message = 'Enter the client secret again: the provider or the client id changed.';
        throw new ActionError(message, { clientSecret: [message] });
      }
      let breakGlass: string | null = null;
      if (input.breakGlassMembershipId) {
        const [admin] = await tx
          .select({ id: memberships.id })
          .from(memberships)
          .where(
            and(
              eq(
                memberships.id,
                isUuid(input.breakGlassMembershipId) ? input.breakGlassMembershipId : ctx.membershipId,
              ),
              eq(memberships.orgId, ctx.orgId),
              eq(memberships.role, 'admin'),
              eq(memberships.active, true),
            ),
          );
        if (!admin || !isUuid(input.breakGlassMembershipId)) {
          const message = 'Choose one of this library system’s active admins.';
          throw new ActionError(message, { breakGlassMembershipId: [message] });
        }
        breakGlass = admin.id;
      }
      const values = {
        kind: input.kind,
        issuer,
        tenant: input.kind === 'entra' ? input.tenant.toLowerCase() : null,
        clientId: input.clientId,
        clientSecretEncrypted: input.clientSecret
          ? encryptSecret(ctx.orgId, input.clientSecret)
          : (before?.clientSecretEncrypted ?? ''),
        allowedDomains: parseDomains(input.allowedDomains),
        defaultRole: input.defaultRole,
        newPeople: input.newPeople,
        enabled: input.enabled,
        passwordSignInOff: input.passwordSignInOff,
        breakGlassMembershipId: breakGlass,
        updatedByUserId: ctx.userId,
        updatedAt: new Date(),
      };
      await tx
        .insert(ssoSettings)
        .values({ orgId: ctx.orgId, ...values })
        .onConflictDoUpdate({
          target: ssoSettings.orgId,
          set: { ...values, version: (before?.version ?? 0) + 1 },
        });
      await recordAudit(tx, ctx, {
        action: 'organization.sso_settings',
        entityType: 'organization',
        entityId: ctx.orgId,
        before: before ? summary(before) : null,
        // Whether the secret was replaced, never the secret.
        after: { ...summary(values), newClientCredential: Boolean(input.clientSecret) },
      });
    });
    return { saved: true };
  },
);

/** Fetches the saved issuer's discovery document and says plainly what came of it. */
export const testSsoSettings = defineAction(
  {
    schema: z.object({}),
    role: 'admin',
    // A scope would hold a transaction open, and the embedded database with it, while the identity
    // provider answers; its one query names the organization.
    unscoped: 'waits for an outside identity provider (decision 0026)',
  },
  async (_input, ctx) => {
    const db = await getDb();
    const [row] = await db.select().from(ssoSettings).where(eq(ssoSettings.orgId, ctx.orgId));
    if (!row) throw new ActionError('Save your identity provider first, then test it.');
    if (decryptSecret(ctx.orgId, row.clientSecretEncrypted) === null) {
      throw new ActionError(
        'The saved client secret cannot be read with this server’s key (SECRETS_KEY or AUTH_SECRET changed). Enter the client secret again and save.',
      );
    }
    const report = await testDiscovery(row.issuer);
    if (!report.ok) throw new ActionError(report.message);
    return { lines: report.lines };
  },
);

/** An admin lets a person waiting for approval in: a membership with the default role. */
export const approveSsoRequest = defineAction(
  { schema: requestIdSchema, role: 'admin', revalidate: [...revalidate, '/settings/staff'] },
  async ({ requestId }, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const [request] = await tx
        .delete(ssoRequests)
        .where(and(eq(ssoRequests.id, requestId), eq(ssoRequests.orgId, ctx.orgId)))
        .returning();
      if (!request) throw new ActionError('This request was already answered.');
      const [settings] = await tx.select().from(ssoSettings).where(eq(ssoSettings.orgId, ctx.orgId));
      const role = settings?.defaultRole ?? 'staff';
      const [linked] = await tx
        .select({ userId: ssoIdentities.userId })
        .from(ssoIdentities)
        .where(and(eq(ssoIdentities.issuer, request.issuer), eq(ssoIdentities.subject, request.subject)));
      let userId = linked?.userId;
      if (!userId) {
        const [existing] = await tx
          .select({ id: users.id })
          .from(users)
          .where(eq(users.email, request.email));
        userId = existing?.id;
        if (!userId) {
          const [created] = await tx
            .insert(users)
            .values({ email: request.email, name: request.name, passwordHash: ssoOnlyPassword })
            .returning({ id: users.id });
          userId = created!.id;
        }
        // Tied now, so the same person is found when they sign in, whatever their email becomes.
        await tx
          .insert(ssoIdentities)
          .values({ userId, issuer: request.issuer, subject: request.subject, email: request.email })
          .onConflictDoNothing();
      }
      const [membership] = await tx
        .insert(memberships)
        .values({ orgId: ctx.orgId, userId, role })
        .onConflictDoNothing()
        .returning({ id: memberships.id });
      if (!membership)
        throw new ActionError(`${request.name} is already a member (perhaps deactivated): see Staff.`);
      await recordAudit(tx, ctx, {
        action: 'member.sso_approve',
        entityType: 'member',
        entityId: membership.id,
        after: { name: request.name, email: request.email, role },
      });
      return { name: request.name };
    });
  },
);

/** An admin turns a request down: it is removed; the person can ask again by signing in. */
export const refuseSsoRequest = defineAction(
  { schema: requestIdSchema, role: 'admin', revalidate },
  async ({ requestId }, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const [request] = await tx
        .delete(ssoRequests)
        .where(and(eq(ssoRequests.id, requestId), eq(ssoRequests.orgId, ctx.orgId)))
        .returning();
      if (!request) throw new ActionError('This request was already answered.');
      await recordAudit(tx, ctx, {
        action: 'member.sso_refuse',
        entityType: 'organization',
        entityId: ctx.orgId,
        after: { name: request.name, email: request.email },
      });
      return { name: request.name };
    });
  },
);
