import type { Db } from '@/db/client';
import { auditEntries, memberships, organizations, partners, users } from '@/db/schema';

/**
 * Decision 0025's browser tests. Greenbank shares nothing until its admin opts in; Ferndale is
 * suspended, its admins took the full archive once, and the host deletes it.
 */
export const greenbank = {
  id: '00000000-0000-4000-8000-00000000a010',
  name: 'Greenbank Library',
  partnerNames: ['Greenbank Quilting Guild', 'Greenbank Fire Hall', 'Greenbank Tide Pools'],
  admin: { email: 'admin@greenbank.test', name: 'Gale Greenbank' },
} as const;

export const ferndale = {
  id: '00000000-0000-4000-8000-00000000a011',
  name: 'Ferndale Library',
  admin: { email: 'admin@ferndale.test', name: 'Fern Ferndale' },
  exportedAt: new Date('2026-10-05T17:30:00Z'),
} as const;

export async function seedConsortiumTestData(tx: Db, passwordHash: string) {
  await tx.insert(organizations).values([
    { id: greenbank.id, name: greenbank.name },
    { id: ferndale.id, name: ferndale.name, suspendedAt: new Date('2026-11-01T12:00:00Z') },
  ]);
  const made = await tx
    .insert(users)
    .values([
      { ...greenbank.admin, passwordHash },
      { ...ferndale.admin, passwordHash },
    ])
    .returning({ id: users.id });
  await tx.insert(memberships).values([
    { orgId: greenbank.id, userId: made[0]!.id, role: 'admin' },
    { orgId: ferndale.id, userId: made[1]!.id, role: 'admin' },
  ]);
  const categories = ['association', 'institution', 'physical_space'] as const;
  await tx.insert(partners).values(
    greenbank.partnerNames.map((name, i) => ({
      orgId: greenbank.id,
      name,
      category: categories[i]!,
      stage: 'connected' as const,
      agesServed: ['adults'],
    })),
  );
  await tx.insert(auditEntries).values({
    orgId: ferndale.id,
    actorUserId: made[1]!.id,
    action: 'organization.export',
    entityType: 'organization',
    entityId: ferndale.id,
    after: { export: 'archive' },
    createdAt: ferndale.exportedAt,
  });
}
