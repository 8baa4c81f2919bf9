import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import { getDb } from '@/db';
import { memberships, ssoRequests, ssoSettings, users } from '@/db/schema';
import type { SsoKind, SsoNewPeople } from '@/db/schema/sso';
import type { AuthContext } from '@/lib/auth/context';
import { scopedLoader } from '@/lib/auth/loader';
import type { MemberRole } from '@/lib/auth/roles';
import { ssoProviderId } from '@/lib/auth/sso/kinds';
import { appOrigin } from '@/lib/reminders/links';

export type SsoSettingsView = {
  kind: SsoKind;
  tenant: string;
  issuer: string;
  clientId: string;
  /** A secret is saved; it is never sent to the page. */
  hasSecret: true;
  allowedDomains: string[];
  defaultRole: MemberRole;
  newPeople: SsoNewPeople;
  enabled: boolean;
  passwordSignInOff: boolean;
  breakGlassMembershipId: string | null;
};

export type SsoPage = {
  settings: SsoSettingsView | null;
  /** The address to register at the provider as the redirect URI. */
  redirectUrl: string;
  /** Active admins, for the break-glass choice. */
  admins: { membershipId: string; name: string; email: string }[];
  requests: { id: string; name: string; email: string; createdAt: Date }[];
};

/** Settings, Sign-in: the organization's identity provider, its admins and the people waiting. */
export const loadSsoPage = scopedLoader(async function loadSsoPage(ctx: AuthContext): Promise<SsoPage> {
  const db = await getDb();
  const [row] = await db.select().from(ssoSettings).where(eq(ssoSettings.orgId, ctx.orgId));
  const admins = await db
    .select({ membershipId: memberships.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, ctx.orgId), eq(memberships.role, 'admin'), eq(memberships.active, true)))
    .orderBy(asc(users.name));
  const requests = await db
    .select({
      id: ssoRequests.id,
      name: ssoRequests.name,
      email: ssoRequests.email,
      createdAt: ssoRequests.createdAt,
    })
    .from(ssoRequests)
    .where(eq(ssoRequests.orgId, ctx.orgId))
    .orderBy(asc(ssoRequests.createdAt));
  const head = await headers();
  const host = head.get('x-forwarded-host') ?? head.get('host');
  const proto = head.get('x-forwarded-proto') ?? 'http';
  const origin = appOrigin(host ? `${proto}://${host}` : undefined);
  return {
    settings: row
      ? {
          kind: row.kind,
          tenant: row.tenant ?? '',
          issuer: row.issuer,
          clientId: row.clientId,
          hasSecret: true,
          allowedDomains: row.allowedDomains,
          defaultRole: row.defaultRole,
          newPeople: row.newPeople,
          enabled: row.enabled,
          passwordSignInOff: row.passwordSignInOff,
          breakGlassMembershipId: row.breakGlassMembershipId,
        }
      : null,
    redirectUrl: `${origin}/api/auth/callback/${ssoProviderId(ctx.orgId)}`,
    admins,
    requests,
  };
});
