'use server';

import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { auditEntries, type Contact, contacts, partners, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { ActionError, defineAction } from '@/lib/auth/action';
import type { AuthContext } from '@/lib/auth/context';
import { roleAtLeast } from '@/lib/auth/roles';
import { eraseMentions } from '@/lib/forget/erase';
import { isUuid } from '@/lib/ids';
import { changedMeanwhileMessage } from './conflict';
import { contactSnapshot, eraseContact, insertContact } from './contact-records';
import {
  type ContactInput,
  createContactSchema,
  deleteContactSchema,
  updateContactSchema,
} from './validation';

const partnerNotFound = 'That partner was not found. It may belong to another library system.';
const contactNotFound = 'That contact was not found. Someone may have removed it: reload the page.';
const revalidate = ['/partners'];

function fieldsOf(input: Omit<ContactInput, 'partnerId'>) {
  return {
    name: input.name,
    role: input.role,
    email: input.email,
    phone: input.phone,
    preferredLanguage: input.preferredLanguage,
    notes: input.notes,
    shareWithViewers: input.shareWithViewers,
  };
}

/** The contact and its partner's name, the contact locked until the transaction ends. */
async function lockContact(tx: Db, ctx: AuthContext, id: string) {
  if (!isUuid(id)) throw new ActionError(contactNotFound);
  const [row] = await tx
    .select({ contact: contacts, partnerName: partners.name })
    .from(contacts)
    .innerJoin(partners, and(eq(partners.id, contacts.partnerId), eq(partners.orgId, contacts.orgId)))
    .where(and(eq(contacts.orgId, ctx.orgId), eq(contacts.id, id)))
    .for('update', { of: contacts });
  if (!row) throw new ActionError(contactNotFound);
  return row;
}

/** Refuses a change that began before someone else's, naming them from the audit log. */
async function refuseIfStale(
  tx: Db,
  ctx: AuthContext,
  contact: Contact,
  input: { version: number },
  keptInput: boolean,
) {
  if (contact.version === input.version) return;
  const [last] = await tx
    .select({ actorUserId: auditEntries.actorUserId, name: users.name, at: auditEntries.createdAt })
    .from(auditEntries)
    .leftJoin(users, eq(users.id, auditEntries.actorUserId))
    .where(
      and(
        eq(auditEntries.orgId, ctx.orgId),
        eq(auditEntries.entityType, 'contact'),
        eq(auditEntries.entityId, contact.id),
      ),
    )
    .orderBy(desc(auditEntries.createdAt))
    .limit(1);
  throw new ActionError(
    changedMeanwhileMessage({
      who: last?.name ?? null,
      isSelf: last?.actorUserId === ctx.userId,
      at: last?.at ?? contact.updatedAt,
      timeZone: ctx.timeZone,
      thing: 'this contact',
      keptInput,
    }),
  );
}

export const createContact = defineAction(
  { schema: createContactSchema, role: 'staff', revalidate },
  async (input, ctx) => {
    if (!isUuid(input.partnerId)) throw new ActionError(partnerNotFound);
    const db = await getDb();
    return db.transaction(async (tx) => {
      const [partner] = await tx
        .select({ id: partners.id, name: partners.name, forgottenAt: partners.forgottenAt })
        .from(partners)
        .where(and(eq(partners.orgId, ctx.orgId), eq(partners.id, input.partnerId)))
        .for('share');
      if (!partner) throw new ActionError(partnerNotFound);
      if (partner.forgottenAt) throw new ActionError('This person was forgotten: no contact can be added.');
      const contact = await insertContact(tx, ctx, partner, fieldsOf(input));
      return { id: contact.id, name: contact.name };
    });
  },
);

export const updateContact = defineAction(
  { schema: updateContactSchema, role: 'staff', revalidate },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      const { contact, partnerName } = await lockContact(tx, ctx, input.contactId);
      await refuseIfStale(tx, ctx, contact, input, true);
      const next = fieldsOf(input);
      const before = contactSnapshot(contact, partnerName);
      if (JSON.stringify(before) === JSON.stringify(contactSnapshot({ ...contact, ...next }, partnerName))) {
        return { id: contact.id, name: contact.name, changed: false };
      }
      const [updated] = await tx
        .update(contacts)
        .set({ ...next, version: sql`${contacts.version} + 1`, updatedAt: new Date() })
        .where(and(eq(contacts.orgId, ctx.orgId), eq(contacts.id, contact.id)))
        .returning();
      if (!updated) throw new Error('The locked contact did not update');
      await recordAudit(tx, ctx, {
        action: 'contact.update',
        entityType: 'contact',
        entityId: updated.id,
        before,
        after: contactSnapshot(updated, partnerName),
      });
      return { id: updated.id, name: updated.name, changed: true };
    });
  },
);

/**
 * Contacts, unlike partners, may be removed: a person can ask to be forgotten. Their details go from
 * the audit log too (./contact-records.ts); the log keeps that a contact was removed, by whom and when.
 */
export const deleteContact = defineAction(
  { schema: deleteContactSchema, role: 'staff', revalidate },
  async (input, ctx) => {
    const db = await getDb();
    return db.transaction(async (tx) => {
      if (input.forget && !roleAtLeast(ctx.role, 'manager')) {
        throw new ActionError('Only managers and admins can forget a person everywhere.');
      }
      const { contact, partnerName } = await lockContact(tx, ctx, input.contactId);
      await refuseIfStale(tx, ctx, contact, input, false);
      await eraseContact(tx, ctx, contact, partnerName, input.forget ? 'contact.forget' : 'contact.delete');
      // Forgetting also takes them out of what others wrote: answers that name them, notes, audit values.
      if (input.forget) {
        await eraseMentions(tx, ctx.orgId, {
          names: [contact.name],
          details: [contact.email, contact.phone],
        });
      }
      return { id: contact.id, name: contact.name, forgotten: input.forget };
    });
  },
);
