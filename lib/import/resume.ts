import 'server-only';
import { getDb } from '@/db';
import { resumeImportsOnce } from './runner';

/** Imports cut off by a server restart carry on (once per server process). */
export async function resumeInterruptedImports(): Promise<void> {
  resumeImportsOnce(await getDb());
}
