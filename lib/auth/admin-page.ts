import { requirePageContext } from './page';
import { roleAtLeast } from './roles';

/** For settings pages: the admin's context, or null when the member is not an admin (show NoAccess). */
export async function requireAdminPage() {
  const ctx = await requirePageContext();
  return roleAtLeast(ctx.role, 'admin') ? ctx : null;
}
