'use server';

import type { ActionResult } from '@/lib/auth/action';
import { signInWithForm } from '@/lib/auth/sign-in';

/** Public by design: there is no session yet. Locks and throttles are the credentials provider's. */
export async function signInAction(_previous: unknown, formData: FormData): Promise<ActionResult<null>> {
  return signInWithForm(formData);
}
