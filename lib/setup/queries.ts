import 'server-only';
import { count } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { appSetup, users } from '@/db/schema';

/** First-run setup is open only while nobody has ever set the app up and no account exists. */
export async function isSetupOpen(db: Db): Promise<boolean> {
  const [[done], [people]] = await Promise.all([
    db.select({ value: count() }).from(appSetup),
    db.select({ value: count() }).from(users),
  ]);
  return (done?.value ?? 0) === 0 && (people?.value ?? 0) === 0;
}
