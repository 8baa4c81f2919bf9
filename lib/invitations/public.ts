import 'server-only';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect, unstable_rethrow } from 'next/navigation';
import { getDb } from '@/db';
import { logError } from '@/db/errors';
import { signIn } from '@/lib/auth';
import { ActionError, type ActionResult, formDataToObject, parseForm } from '@/lib/auth/action';
import { clientAddress } from '@/lib/auth/client-address';
import { afterSignInPath, throughChooser } from '@/lib/auth/validation';
import { joinAsNewPerson, joinAsSignedIn, joinWithPassword } from './accept';
import { signedInPerson } from './loaders';
import { joinAsAccountSchema, joinAsNewPersonSchema, joinWithPasswordSchema } from './validation';

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
  const parsed = parseForm(joinAsNewPersonSchema, formData);
  if (!parsed.success) return parsed.refusal;
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
  return signInJoined(joined.email, parsed.data.newPassword);
}

/** Signs in the person who just joined, with the password they gave, through the chooser. */
async function signInJoined(email: string, password: string): Promise<ActionResult<null>> {
  try {
    await signIn('credentials', { email, password, redirectTo: throughChooser(afterSignInPath) });
  } catch (error) {
    unstable_rethrow(error); // Next.js's redirect into the app.
    // Joined all the same (Auth.js refused for a reason of its own): the sign-in page takes the password.
    logError('invitation sign-in', error);
    redirect('/sign-in');
  }
  return { ok: true, data: null };
}

/**
 * The owner of an existing account, not signed in, gives their password here: it is checked within
 * the sign-in limits, they join, and they are signed in. Unlike "sign in, then accept", this works
 * for an account that cannot sign in anywhere today (deactivated everywhere else, or in suspended
 * systems only).
 */
export async function joinWithPasswordWithForm(formData: FormData): Promise<ActionResult<null>> {
  const parsed = parseForm(joinWithPasswordSchema, formData);
  if (!parsed.success) return parsed.refusal;
  const person = await signedInPerson();
  if (person) {
    return {
      ok: false,
      message: `You are signed in as ${person.email}. Sign out, then open the invitation link again.`,
    };
  }
  let joined: { email: string };
  try {
    joined = await joinWithPassword(await getDb(), parsed.data, {
      client: clientAddress(await headers()),
    });
  } catch (error) {
    return refusal(error);
  }
  return signInJoined(joined.email, parsed.data.password);
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
