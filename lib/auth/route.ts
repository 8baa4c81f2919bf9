import { type AuthContext, getAuthContext } from './context';
import { type MemberRole, roleAtLeast } from './roles';

/** Every route handler is built with this: it answers 401 without a session and 403 below the role. */
export function defineRoute<P>(
  options: { role: MemberRole },
  handler: (request: Request, ctx: AuthContext, params: P) => Promise<Response>,
) {
  return async (request: Request, route: { params: Promise<P> }): Promise<Response> => {
    const ctx = await getAuthContext();
    if (!ctx || ctx.mustChangePassword) return Response.json({ error: 'Sign in first.' }, { status: 401 });
    if (!roleAtLeast(ctx.role, options.role)) {
      return Response.json({ error: 'Your role does not allow this.' }, { status: 403 });
    }
    return handler(request, ctx, await route.params);
  };
}
