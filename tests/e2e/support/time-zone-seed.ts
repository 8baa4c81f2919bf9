import type { Db } from '@/db/client';
import { auditEntries, memberships, organizations, partners, users } from '@/db/schema';
import { westport } from './accounts';

/**
 * Westport, in Kiritimati, with one partner and one audit entry made at 10:30 UTC on 8 March 2026:
 * 12:30 AM on 9 March there, 11:30 PM on 7 March in Pago Pago, and 8 March in UTC.
 */
export const westportMoment = new Date('2026-03-08T10:30:00Z');

export async function seedTimeZoneTestData(tx: Db, passwordHash: string) {
  await tx
    .insert(organizations)
    .values({ id: westport.id, name: westport.name, timeZone: westport.timeZone, timeZoneConfirmed: true });
  const [admin] = await tx
    .insert(users)
    .values({ ...westport.accounts.admin, passwordHash })
    .returning();
  await tx.insert(memberships).values({ orgId: westport.id, userId: admin!.id, role: 'admin' });
  await tx.insert(partners).values({
    id: westport.partnerId,
    orgId: westport.id,
    name: westport.partnerName,
    category: 'association',
    stage: 'identified',
    createdAt: westportMoment,
    updatedAt: westportMoment,
    createdByUserId: admin!.id,
  });
  await tx.insert(auditEntries).values({
    orgId: westport.id,
    actorUserId: admin!.id,
    action: 'partner.create',
    entityType: 'partner',
    entityId: westport.partnerId,
    after: { name: westport.partnerName },
    createdAt: westportMoment,
  });
}
