import { unstable_rethrow } from 'next/navigation';
import { logError } from '@/db/errors';
import { markBuilt } from './built';
import { type AuthContext, getAuthContext } from './context';
import { type MemberRole, roleAtLeast } from './roles';

const noStore = { 'Cache-Control': 'no-store' };

/**
 * Every route handler is built with this: it answers 401 without a session and 403 below the role,
 * and, like defineAction, turns a failure into a plain 500 answer that says nothing of the database,
 * logged on the server.
 */
export function defineRoute<P>(
  options: { role: MemberRole },
  handler: (request: Request, ctx: AuthContext, params: P) => Promise<Response>,
) {
  return markBuilt('route', async (request: Request, route: { params: Promise<P> }): Promise<Response> => {
    const ctx = await getAuthContext();
    if (!ctx || ctx.mustChangePassword) {
      return Response.json({ error: 'Sign in first.' }, { status: 401, headers: noStore });
    }
    if (!roleAtLeast(ctx.role, options.role)) {
      return Response.json({ error: 'Your role does not allow this.' }, { status: 403, headers: noStore });
    }
    try {
      return await handler(request, ctx, await route.params);
    } catch (error) {
      unstable_rethrow(error);
      logError('route', error);
      return Response.json(
        { error: 'Something went wrong on our side. Please try again in a moment.' },
        { status: 500, headers: noStore },
      );
    }
  });
}
