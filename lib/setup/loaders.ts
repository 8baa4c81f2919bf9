import 'server-only';
import { getDb } from '@/db';
import { isSetupOpen } from './queries';

/** Whether first-run setup is still open here (nobody has set the app up, no account exists). */
export async function setupIsOpen(): Promise<boolean> {
  return isSetupOpen(await getDb());
}
