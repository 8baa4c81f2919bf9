import 'server-only';
import { getDb } from '@/db';
import { logError } from '@/db/errors';
import type { AuthContext } from './context';
import { endSignedOutSession } from './sessions';

/**
 * Ends the caller's session on the server before the browser signs out, so a copy of the cookie opens
 * nothing (decision 0015). Should that fail, the browser is still signed out; Auth.js's sign-out event
 * tries once more.
 */
export async function endCallerSession(ctx: Pick<AuthContext, 'sessionId' | 'userId'>): Promise<void> {
  try {
    await endSignedOutSession(await getDb(), { sessionId: ctx.sessionId, userId: ctx.userId });
  } catch (error) {
    logError('sign-out', error);
  }
}
