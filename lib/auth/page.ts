import { redirect } from 'next/navigation';
import { type AuthContext, getAuthContext } from './context';

/**
 * Every page behind sign-in starts here. `proxy.ts` already sends signed-out visitors to the
 * sign-in page, but it is only an early redirect: the page checks again itself.
 */
export async function requirePageContext(
  options: { allowPasswordChange?: boolean } = {},
): Promise<AuthContext> {
  const ctx = await getAuthContext();
  if (!ctx) redirect('/sign-in');
  if (ctx.mustChangePassword && !options.allowPasswordChange) redirect('/account/password');
  return ctx;
}
