'use server';

import { signOut } from '@/lib/auth';
import { getAuthContext } from '@/lib/auth/context';
import { endCallerSession } from '@/lib/auth/sign-out';

export async function signOutAction() {
  const ctx = await getAuthContext();
  // Ended on the server first, so a copy of the cookie opens nothing (decision 0015).
  if (ctx) await endCallerSession(ctx);
  await signOut({ redirectTo: '/sign-in?signedOut=1' });
}
