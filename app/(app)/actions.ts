'use server';

import { getDb } from '@/db';
import { logError } from '@/db/errors';
import { signOut } from '@/lib/auth';
import { getAuthContext } from '@/lib/auth/context';
import { endSignedOutSession } from '@/lib/auth/sessions';

export async function signOutAction() {
  const ctx = await getAuthContext();
  if (ctx) {
    // Ended on the server first, so a copy of the cookie opens nothing (decision 0015). Should that
    // fail, the browser is still signed out; Auth.js's sign-out event tries once more.
    try {
      await endSignedOutSession(await getDb(), ctx);
    } catch (error) {
      logError('sign-out', error);
    }
  }
  await signOut({ redirectTo: '/sign-in?signedOut=1' });
}
