'use server';

import type { ActionResult } from '@/lib/auth/action';
import { signInWithForm } from '@/lib/auth/sign-in';
import { type SsoOption, ssoOptionsForEmail, startSsoSignIn } from '@/lib/sso/sign-in';

/** Public by design: there is no session yet. Locks and throttles are the credentials provider's. */
export async function signInAction(_previous: unknown, formData: FormData): Promise<ActionResult<null>> {
  return signInWithForm(formData);
}

/** Public by design: which identity providers take this email's domain (decision 0027). */
export async function ssoOptionsAction(email: string): Promise<SsoOption[]> {
  return ssoOptionsForEmail(email);
}

/** Public by design: "Sign in with …" sends the browser to the library's identity provider. */
export async function ssoSignInAction(_previous: unknown, formData: FormData): Promise<ActionResult<null>> {
  return startSsoSignIn(formData);
}
