import { revalidatePath } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { logError } from '@/db/errors';
import { ActionError, type ActionResult, parseForm } from '@/lib/auth/action';
import { markBuilt } from '@/lib/auth/built';
import { getHostContext, type HostContext } from './context';

type Options<S extends z.ZodType, T> = {
  schema: S;
  /** Lets a host admin who must still choose a password call it. */
  allowPasswordChange?: boolean;
  revalidate?: string[];
  redirectTo?: (data: T) => string;
};

/** Said to anyone who is not a host admin: the same whether they are signed in or not. */
export const notHostMessage = 'Only the service’s host admins can do this.';

/**
 * Every host action is built with this, as organization actions are with defineAction
 * (lib/auth/action.ts): the session, the host role, zod parsing, errors shaped for the form.
 * Organization roles count for nothing here: an organization's admin is refused like anyone else.
 */
export function defineHostAction<S extends z.ZodType, T>(
  options: Options<S, T>,
  handler: (input: z.output<S>, ctx: HostContext) => Promise<T>,
) {
  return markBuilt('action', async (_previous: unknown, formData: FormData): Promise<ActionResult<T>> => {
    const ctx = await getHostContext();
    if (!ctx) return { ok: false, message: notHostMessage };
    if (ctx.mustChangePassword && !options.allowPasswordChange) {
      return { ok: false, message: 'Choose a new password before making changes.' };
    }
    const parsed = parseForm(options.schema, formData);
    if (!parsed.success) return parsed.refusal;
    let data: T;
    try {
      data = await handler(parsed.data, ctx);
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof ActionError)
        return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
      logError('host action', error);
      return { ok: false, message: 'Something went wrong and nothing was saved. Please try again.' };
    }
    for (const path of options.revalidate ?? []) revalidatePath(path);
    if (options.redirectTo) redirect(options.redirectTo(data));
    return { ok: true, data };
  });
}
