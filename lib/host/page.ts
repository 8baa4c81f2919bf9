import { notFound, redirect } from 'next/navigation';
import { getHostContext, type HostContext } from './context';

/**
 * Every host page starts here. Anyone who is not a host admin, organization admins included, gets
 * the same "not found" as for a page that does not exist: the console does not announce itself.
 */
export async function requireHostPage(options: { allowPasswordChange?: boolean } = {}): Promise<HostContext> {
  const ctx = await getHostContext();
  if (!ctx) notFound();
  if (ctx.mustChangePassword && !options.allowPasswordChange) redirect('/host/password');
  return ctx;
}
