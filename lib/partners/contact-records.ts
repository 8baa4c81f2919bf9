import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type Contact, contacts } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { eraseAuditDetails, eraseAuditValue } from '@/lib/audit/scrub';

type Actor = { orgId: string; userId: string };

/** What the audit log keeps of a contact, with the partner it belongs to (for the partner's history). */
export function contactSnapshot(contact: Contact, partnerName: string) {
  return {
    name: contact.name,
    role: contact.role,
    email: contact.email,
    phone: contact.phone,
    preferredLanguage: contact.preferredLanguage,
    notes: contact.notes,
    shareWithViewers: contact.shareWithViewers,
    partnerId: contact.partnerId,
    partnerName,
  };
}

/** What stays of a removed contact's entries: which partner it was at, and nothing of the person. */
export const contactFieldsKeptAfterErasure = ['partnerId', 'partnerName'] as const;

export type ContactFields = {
  name: string;
  role?: string;
  email?: string;
  phone?: string;
  preferredLanguage?: string;
  notes?: string;
  shareWithViewers?: boolean;
};

/** Adds a contact to a partner (locked or just made by the caller's transaction), with its audit entry. */
export async function insertContact(
  tx: Db,
  actor: Actor,
  partner: { id: string; name: string },
  fields: ContactFields,
): Promise<Contact> {
  const [contact] = await tx
    .insert(contacts)
    .values({ ...fields, orgId: actor.orgId, partnerId: partner.id })
    .returning();
  if (!contact) throw new Error('Insert returned no row');
  await recordAudit(tx, actor, {
    action: 'contact.create',
    entityType: 'contact',
    entityId: contact.id,
    after: contactSnapshot(contact, partner.name),
  });
  return contact;
}

/**
 * Removes a contact and every detail of theirs the audit log kept (name, email, phone, notes, in the
 * entries that added, changed or merged them), leaving the fact that a contact of this partner was
 * added, changed and removed, by whom and when. The caller holds the contact locked.
 */
export async function eraseContact(
  tx: Db,
  actor: Actor,
  contact: Contact,
  partnerName: string,
  action: 'contact.delete' | 'contact.forget' = 'contact.delete',
): Promise<void> {
  await tx.delete(contacts).where(and(eq(contacts.orgId, actor.orgId), eq(contacts.id, contact.id)));
  await eraseAuditDetails(tx, actor.orgId, 'contact', [contact.id], contactFieldsKeptAfterErasure);
  // An import that merged rows into a partner names the contact it added beside the partner's changes.
  await eraseAuditValue(tx, actor.orgId, 'addedContact', contact.name);
  await recordAudit(tx, actor, {
    action,
    entityType: 'contact',
    entityId: contact.id,
    before: { partnerId: contact.partnerId, partnerName, detailsErased: true },
    after: null,
  });
}
