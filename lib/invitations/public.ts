import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { logError } from '@/db/errors';
import { signIn } from '@/lib/auth';
import { ActionError, type ActionResult, type FieldErrors, formDataToObject } from '@/lib/auth/action';
import { afterSignInPath, throughChooser } from '@/lib/auth/validation';
import { joinAsNewPerson, joinAsSignedIn } from './accept';
import { signedInPerson } from './loaders';
import { joinAsAccountSchema, joinAsNewPersonSchema } from './validation';

// The invitation page's two answers. Public by design (the person has no session yet, or one that
// belongs to no organization): the token is the key, and each checks who is signed in itself.

function refusal(error: unknown): ActionResult<never> {
  if (error instanceof ActionError)
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  logError('invitation', error);
  return { ok: false, message: 'Something went wrong and nothing was saved. Please try again.' };
}

/** A person new to Partner Atlas sets their name and password, joins, and is signed in. */
export async function joinAsNewPersonWithForm(formData: FormData): Promise<ActionResult<null>> {
  const parsed = joinAsNewPersonSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    return {
      ok: false,
      message: 'Some fields need attention.',
      fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors,
    };
  }
  const person = await signedInPerson();
  if (person) {
    return {
      ok: false,
      message: `You are signed in as ${person.email}. Sign out, then open the invitation link again.`,
    };
  }
  let joined: { email: string };
  try {
    joined = await joinAsNewPerson(await getDb(), parsed.data);
  } catch (error) {
    return refusal(error);
  }
  try {
    await signIn('credentials', {
      email: joined.email,
      password: parsed.data.newPassword,
      redirectTo: throughChooser(afterSignInPath),
    });
  } catch (error) {
    unstable_rethrow(error); // Next.js's redirect into the app.
    // Joined all the same (Auth.js refused for a reason of its own): the sign-in page takes the new password.
    logError('invitation sign-in', error);
    redirect('/sign-in');
  }
  return { ok: true, data: null };
}

/** The signed-in owner of the invited address joins, and this session moves into the new system. */
export async function joinAsSignedInWithForm(formData: FormData): Promise<ActionResult<null>> {
  const parsed = joinAsAccountSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, message: 'This invitation link is not valid.' };
  const person = await signedInPerson();
  if (!person) return { ok: false, message: 'Your session has ended. Sign in again to accept.' };
  try {
    await joinAsSignedIn(await getDb(), person, parsed.data.token);
  } catch (error) {
    return refusal(error);
  }
  revalidatePath('/', 'layout');
  redirect(afterSignInPath);
}
