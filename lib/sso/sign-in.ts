import 'server-only';
import { and, arrayContains, asc, eq, isNull } from 'drizzle-orm';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import NextAuth from 'next-auth';
import { getDb } from '@/db';
import { organizations, ssoSettings } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { ActionResult } from '@/lib/auth/action';
import { authOptions } from '@/lib/auth/options';
import { emailDomain, ssoButtonName } from '@/lib/auth/sso/kinds';
import { ssoProviderFor } from '@/lib/auth/sso/provider';
import { describeUserAgent } from '@/lib/auth/user-agent';
import { emailSchema, safeCallbackPath, throughChooser } from '@/lib/auth/validation';
import { isUuid } from '@/lib/ids';

export type SsoOption = { orgId: string; label: string };

/**
 * The sign-in page's routing: the organizations whose identity provider takes this email's domain.
 * Says nothing about whether the address has an account, only which providers its domain uses.
 */
export async function ssoOptionsForEmail(rawEmail: unknown): Promise<SsoOption[]> {
  const parsed = emailSchema.safeParse(rawEmail);
  if (!parsed.success) return [];
  const db = await getDb();
  const rows = await db
    .select({ orgId: ssoSettings.orgId, kind: ssoSettings.kind, orgName: organizations.name })
    .from(ssoSettings)
    .innerJoin(organizations, eq(organizations.id, ssoSettings.orgId))
    .where(
      and(
        eq(ssoSettings.enabled, true),
        isNull(organizations.suspendedAt),
        arrayContains(ssoSettings.allowedDomains, [emailDomain(parsed.data)]),
      ),
    )
    .orderBy(asc(organizations.name));
  const several = rows.length > 1;
  return rows.map((row) => {
    const name = ssoButtonName(row.kind, row.orgName);
    // Two systems that both sign in with Microsoft are told apart by name.
    return { orgId: row.orgId, label: several && name !== row.orgName ? `${name} (${row.orgName})` : name };
  });
}

/**
 * "Sign in with …": sends the browser to the organization's identity provider through Auth.js, which
 * sets the state, PKCE and nonce cookies first; the email typed goes along as `login_hint`.
 */
export async function startSsoSignIn(formData: FormData): Promise<ActionResult<null>> {
  const orgId = String(formData.get('orgId') ?? '');
  const email = emailSchema.safeParse(formData.get('email'));
  if (!isUuid(orgId)) return { ok: false, message: 'Choose how to sign in.' };
  const options = await ssoOptionsForEmail(formData.get('email'));
  if (!options.some((option) => option.orgId === orgId)) {
    return { ok: false, message: 'Your library’s sign-in service is not set up for this email address.' };
  }
  const db = await getDb();
  const provider = await ssoProviderFor(db, orgId);
  if (!provider) {
    return {
      ok: false,
      message: 'Your library’s sign-in service is not set up completely. Tell your Partner Atlas admin.',
    };
  }
  const userAgent = (await headers()).get('user-agent');
  const { signIn } = NextAuth(authOptions({ provider, userAgent }));
  const to = await signIn(
    provider.id,
    { redirectTo: throughChooser(safeCallbackPath(formData.get('callbackUrl'))), redirect: false },
    email.success ? { login_hint: email.data } : {},
  );
  if (new URL(to, 'http://partner-atlas.invalid').pathname === '/sign-in') {
    // Auth.js could not start (most often the provider's discovery document could not be fetched).
    await recordAudit(
      db,
      { orgId, userId: null },
      {
        action: 'member.sso_refused',
        entityType: 'organization',
        entityId: orgId,
        after: {
          email: email.success ? email.data : null,
          reason: 'start_failed',
          browser: describeUserAgent(userAgent),
        },
      },
    );
    return {
      ok: false,
      message:
        'Partner Atlas could not reach your library’s sign-in service just now. Try again in a moment; if it keeps failing, tell your Partner Atlas admin.',
    };
  }
  redirect(to);
}
