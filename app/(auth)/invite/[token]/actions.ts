'use server';

import type { ActionResult } from '@/lib/auth/action';
import {
  joinAsNewPersonWithForm,
  joinAsSignedInWithForm,
  joinWithPasswordWithForm,
} from '@/lib/invitations/public';

/** Public by design: a person new to Partner Atlas has no session. The link's token is the key. */
export async function joinAsNewPersonAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<null>> {
  return joinAsNewPersonWithForm(formData);
}

/**
 * Public by design: the invited account's owner may be signed in only to the host console, which
 * defineAction refuses. It checks the session itself and that it is the invited address's.
 */
export async function joinAsSignedInAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<null>> {
  return joinAsSignedInWithForm(formData);
}

/**
 * Public by design: the invited account's owner is not signed in (and may be unable to sign in
 * anywhere today). Their password, checked within the sign-in limits, is the proof.
 */
export async function joinWithPasswordAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<null>> {
  return joinWithPasswordWithForm(formData);
}
