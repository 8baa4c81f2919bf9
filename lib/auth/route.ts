import { unstable_rethrow } from 'next/navigation';
import { logError } from '@/db/errors';
import { withOrgScope } from '@/db/index';
import { markBuilt } from './built';
import { type AuthContext, getAuthContext } from './context';
import { type MemberRole, roleAtLeast } from './roles';

const noStore = { 'Cache-Control': 'no-store' };

/**
 * Every route handler is built with this: it answers 401 without a session and 403 below the role,
 * and, like defineAction, turns a failure into a plain 500 answer that says nothing of the database,
 * logged on the server. The handler runs in the caller's organization's scope, behind row-level
 * security (decision 0026): its reads end with it, so a handler in scope answers with a body made
 * before it returns (a bounded CSV, JSON), never a stream that reads on afterwards.
 */
export function defineRoute<P>(
  options: {
    role: MemberRole;
    /**
     * Why the handler runs outside the scope: a download streamed batch by batch after the handler
     * returns (each batch then reads in a scope of its own), or a handler whose reads go through
     * scoped loaders and that then waits on something else.
     */
    unscoped?: string;
  },
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
      const params = await route.params;
      return options.unscoped
        ? await handler(request, ctx, params)
        : await withOrgScope({ orgId: ctx.orgId, userId: ctx.userId }, () => handler(request, ctx, params));
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
