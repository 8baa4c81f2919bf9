import { redirect } from 'next/navigation';
import { getHostContext } from '@/lib/host/context';
import { type AuthContext, getAuthContext } from './context';

/**
 * Every page behind sign-in starts here. `proxy.ts` already sends signed-out visitors to the
 * sign-in page, but it is only an early redirect: the page checks again itself. A host admin who
 * belongs to no organization never reaches an organization's page: they go to the host console.
 */
export async function requirePageContext(
  options: { allowPasswordChange?: boolean } = {},
): Promise<AuthContext> {
  const ctx = await getAuthContext();
  if (!ctx) redirect((await getHostContext()) ? '/host' : '/sign-in');
  if (ctx.mustChangePassword && !options.allowPasswordChange) redirect('/account/password');
  return ctx;
}
