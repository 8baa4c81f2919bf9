import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { ActionError } from '@/lib/auth/action';
import { changedMeanwhileMessage } from './message';

// Optimistic concurrency for every capability (CONVENTIONS.md, "Actions"): an edit carries the
// version its form was shown with; when the row has moved on since, the edit is refused with who
// changed it and when, and the form keeps what was typed. The caller holds the row locked.

type Versioned = { version: number; updatedAt: Date; updatedByUserId?: string | null };

type Options =
  | {
      /** "this partner", "this contact". */
      thing: string;
      /** Whether the refused form still holds what the user typed. */
      keptInput: boolean;
      /**
       * Who saved last, for records that keep no `updatedByUserId` of their own (a contact: from its
       * audit entries). Returns their user id and name, or null when no longer known.
       */
      lastEditor?: () => Promise<{ userId: string | null; name: string | null; at?: Date } | null>;
    }
  | {
      /**
       * A fixed refusal, for settings pages whose forms say it the same way for every record
       * (`staleMessage`): the organization's settings, which keep no editor of their own.
       */
      message: string;
    };

async function nameOf(tx: Db, userId: string): Promise<string | null> {
  const [row] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}

/** Refuses a change made from an older version of a record, naming who changed it and when (or saying `message`). */
export async function refuseIfStale(
  tx: Db,
  ctx: { userId: string; timeZone: string },
  record: Versioned,
  input: { version: number | undefined },
  options: Options,
): Promise<void> {
  if (record.version === input.version) return;
  if ('message' in options) throw new ActionError(options.message);
  const { thing, keptInput, lastEditor } = options;
  const editor = lastEditor
    ? await lastEditor()
    : record.updatedByUserId
      ? { userId: record.updatedByUserId, name: await nameOf(tx, record.updatedByUserId) }
      : null;
  throw new ActionError(
    changedMeanwhileMessage({
      who: editor?.name ?? null,
      isSelf: editor?.userId === ctx.userId,
      at: editor?.at ?? record.updatedAt,
      // The organization's time, whatever the device's clock says (decision 0019).
      timeZone: ctx.timeZone,
      thing,
      keptInput,
    }),
  );
}
