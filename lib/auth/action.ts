import { revalidatePath } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { logError } from '@/db/errors';
import { withOrgScope } from '@/db/index';
import { markBuilt } from './built';
import { type AuthContext, getAuthContext } from './context';
import { type MemberRole, roleAtLeast, roleLabels } from './roles';

export type FieldErrors = Record<string, string[] | undefined>;
export type ActionResult<T = unknown> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors?: FieldErrors };

/**
 * A server action as a client component receives it, as a prop from its page: components never import
 * an action module themselves (decision 0021).
 */
export type FormAction<T> = (
  previous: ActionResult<T> | null,
  formData: FormData,
) => Promise<ActionResult<T>>;

/** A refusal the user should read: thrown by a handler, shown beside the form or field. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = 'ActionError';
  }
}

export const staleMessage =
  'Someone else changed this while you were editing. Your changes are still in the form: reload the page to see theirs, then make yours again.';

const whoMay: Record<MemberRole, string> = {
  admin: 'admins',
  manager: 'managers and admins',
  staff: 'staff, managers and admins',
  viewer: 'members',
};

/**
 * A form's fields through its schema: the data, or the refusal every form shows (each message
 * beside its field). For the few entry points that cannot be built with defineAction.
 */
export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
):
  | { success: true; data: z.output<S> }
  | { success: false; refusal: { ok: false; message: string; fieldErrors: FieldErrors } } {
  const parsed = schema.safeParse(formDataToObject(formData));
  if (parsed.success) return { success: true, data: parsed.data };
  return {
    success: false,
    refusal: {
      ok: false,
      message: 'Some fields need attention.',
      fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors,
    },
  };
}

/**
 * FormData to a plain object; a field sent several times becomes an array. Uploaded files are kept
 * as File objects: a schema that expects text refuses them like any other wrong value.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = formData.getAll(key);
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

type Options<S extends z.ZodType, T> = {
  schema: S;
  /** The lowest role that may do this. */
  role: MemberRole;
  /** Lets a member who must still choose a password call it. */
  allowPasswordChange?: boolean;
  /** Paths whose cached pages this change makes stale. */
  revalidate?: string[];
  /** Where to send the user afterwards. */
  redirectTo?: (data: T) => string;
  /**
   * Why this action must reach beyond the caller's organization (switching systems writes to the
   * log of the one entered). Without it, the handler runs in the organization's scope, behind
   * row-level security (decision 0026).
   */
  unscoped?: string;
};

/**
 * Every server action is built with this, so none can forget a step: the session, the role, zod
 * parsing of the form, errors shaped for the form (never a raw database error), and the handler's
 * queries walled to the caller's organization by row-level security (decision 0026).
 */
export function defineAction<S extends z.ZodType, T>(
  options: Options<S, T>,
  handler: (input: z.output<S>, ctx: AuthContext) => Promise<T>,
) {
  return markBuilt('action', async (_previous: unknown, formData: FormData): Promise<ActionResult<T>> => {
    const ctx = await getAuthContext();
    if (!ctx) return { ok: false, message: 'Your session has ended. Sign in again to continue.' };
    if (ctx.mustChangePassword && !options.allowPasswordChange) {
      return { ok: false, message: 'Choose a new password before making changes.' };
    }
    if (!roleAtLeast(ctx.role, options.role)) {
      const who = whoMay[options.role];
      return {
        ok: false,
        message: `Only ${who} can do this. Your role is ${roleLabels[ctx.role].toLowerCase()}.`,
      };
    }
    const parsed = parseForm(options.schema, formData);
    if (!parsed.success) return parsed.refusal;
    let data: T;
    try {
      data = options.unscoped
        ? await handler(parsed.data, ctx)
        : await withOrgScope({ orgId: ctx.orgId, userId: ctx.userId }, () => handler(parsed.data, ctx));
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof ActionError)
        return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
      logError('action', error);
      return { ok: false, message: 'Something went wrong and nothing was saved. Please try again.' };
    }
    for (const path of options.revalidate ?? []) revalidatePath(path);
    if (options.redirectTo) redirect(options.redirectTo(data));
    return { ok: true, data };
  });
}
