import 'server-only';
import { headers } from 'next/headers';
import { AuthError, CredentialsSignin } from 'next-auth';
import { getDb } from '@/db';
import { logError } from '@/db/errors';
import { signIn } from '@/lib/auth';
import { type ActionResult, formDataToObject } from './action';
import { clientAddress } from './client-address';
import {
  busyMessage,
  clientLockedMessage,
  deactivatedMessage,
  invalidMessage,
  lockedMessage,
  ssoOnlyMessage,
  suspendedMessage,
} from './messages';
import { clientLockedUntil } from './spray-limits';
import { lockedUntil } from './throttle';
import { safeCallbackPath, signInSchema, throughChooser } from './validation';

/**
 * Signs a visitor in with the email and password of the sign-in form, then sends them where they were
 * going. A refusal says why in plain words: a locked account or address says until when (looked up
 * here, since Auth.js only passes a code), a failure on our side is logged and never shown.
 */
export async function signInWithForm(formData: FormData): Promise<ActionResult<null>> {
  const parsed = signInSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(
      parsed.error.issues.map((issue) => [String(issue.path[0]), [issue.message]]),
    );
    return { ok: false, message: 'Enter your email and password.', fieldErrors };
  }
  try {
    await signIn('credentials', {
      email: parsed.data.email,
      password: parsed.data.password,
      // A person in several library systems chooses one first (decision 0023); others pass straight on.
      redirectTo: throughChooser(safeCallbackPath(formData.get('callbackUrl'))),
    });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      if (error.code === 'locked')
        return { ok: false, message: lockedMessage(await lockedUntil(await getDb(), parsed.data.email)) };
      if (error.code === 'client_locked') {
        const client = clientAddress(await headers());
        return { ok: false, message: clientLockedMessage(await clientLockedUntil(await getDb(), client)) };
      }
      if (error.code === 'busy') return { ok: false, message: busyMessage };
      if (error.code === 'deactivated') {
        return { ok: false, message: deactivatedMessage };
      }
      if (error.code === 'suspended') return { ok: false, message: suspendedMessage };
      if (error.code === 'sso_only') return { ok: false, message: ssoOnlyMessage };
      return { ok: false, message: invalidMessage };
    }
    if (error instanceof AuthError) {
      logError('sign-in', error);
      return {
        ok: false,
        message: 'Signing in failed for a reason on our side. Please try again in a moment.',
      };
    }
    throw error; // Next.js's redirect to where the person was going.
  }
  return { ok: true, data: null };
}
