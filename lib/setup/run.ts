import 'server-only';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { logError } from '@/db/errors';
import { signIn } from '@/lib/auth';
import { type ActionResult, formDataToObject } from '@/lib/auth/action';
import { databaseKnowsTimeZone, unknownToDatabaseMessage } from '@/lib/organization/time-zone';
import { completeFirstRun, SetupClosedError } from './first-run';
import { setupSchema } from './validation';

/**
 * First-run setup from its form: the first organization and its admin, then signs the admin in.
 * Open only while no one has set the app up; `completeFirstRun` enforces that.
 */
export async function setUpFromForm(formData: FormData): Promise<ActionResult<null>> {
  const parsed = setupSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    return {
      ok: false,
      message: 'Some fields need attention.',
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
    };
  }
  const db = await getDb();
  if (parsed.data.timeZone && !(await databaseKnowsTimeZone(db, parsed.data.timeZone))) {
    return {
      ok: false,
      message: 'Some fields need attention.',
      fieldErrors: { timeZone: [unknownToDatabaseMessage] },
    };
  }
  try {
    await completeFirstRun(db, parsed.data);
  } catch (error) {
    if (error instanceof SetupClosedError) return { ok: false, message: error.message };
    logError('setup', error);
    return { ok: false, message: 'Setting up failed and nothing was saved. Please try again.' };
  }
  try {
    await signIn('credentials', {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: '/',
    });
  } catch (error) {
    if ((error as { digest?: string }).digest?.startsWith('NEXT_REDIRECT')) throw error;
    logError('setup sign-in', error);
  }
  redirect('/sign-in');
}
