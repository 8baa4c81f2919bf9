import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { appSetup, auditEntries, branches, memberships, organizations, partners, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { consultant, e2ePassword, eastport, northgate, southport, westport } from './accounts';
import { seedConsortiumTestData } from './consortium-seed';
import { seedDashboardData } from './dashboard-seed';
import { seedGuides } from './guides-seed';
import { seedHostAdmin } from './host-seed';
import { seedPrivacyData } from './privacy-seed';
import { seedRetentionTestData } from './retention-seed';
import { seedRelationshipTestData } from './seed-relationships';
import { seedTimeZoneTestData } from './time-zone-seed';

const partnerId = (n: number) => `00000000-0000-4000-8000-0000000d${String(n).padStart(4, '0')}`;

/**
 * Northgate's partners around its branch, for the map tests: every category and most stages, a
 * group close enough to cluster, one approximate and one hidden location. Names sort as listed.
 */
export const northgatePartners = {
  bookClub: { id: partnerId(1), name: 'Bayview Book Club' },
  market: { id: partnerId(2), name: 'Maple Street Market' },
  garden: { id: partnerId(3), name: 'Northside Community Garden' },
  seniors: { id: partnerId(4), name: 'Northside Seniors Club' },
  rosa: { id: partnerId(5), name: 'Rosa Alvarez' },
  teen: { id: partnerId(6), name: 'Riverside Teen Center' },
  school: { id: partnerId(7), name: 'Riverside Elementary School' },
  stories: { id: partnerId(8), name: 'Storytellers Circle' },
  hidden: { id: partnerId(9), name: 'Jamie Home Daycare' },
} as const;

export const southportPartners = {
  museum: { id: partnerId(101), name: 'Southport Harbour Museum' },
  hidden: { id: partnerId(102), name: 'Southport Hidden Helper' },
} as const;

/** Two organizations, so the browser tests can prove neither sees the other. */
export async function seedBrowserTestData(db: Db) {
  const passwordHash = await hashPassword(e2ePassword);
  await db.transaction(async (tx) => {
    await tx.insert(appSetup).values({ id: 1 });
    await tx.insert(organizations).values([
      { id: northgate.id, name: northgate.name },
      // Southport uses the built-in offline base map, so the browser tests see both base maps.
      { id: southport.id, name: southport.name, tileUrl: 'offline' },
    ]);
    await tx.insert(branches).values([
      {
        id: northgate.branchId,
        orgId: northgate.id,
        name: northgate.branchName,
        address: '1 Library Way',
        latitude: 47.9,
        longitude: -122.2,
      },
      {
        id: southport.branchId,
        orgId: southport.id,
        name: southport.branchName,
        address: '9 Harbour Rd',
        latitude: 47.1,
        longitude: -122.5,
      },
    ]);
    const roles = {
      admin: 'admin',
      manager: 'manager',
      staff: 'staff',
      viewer: 'viewer',
      lockout: 'staff',
      deactivated: 'staff',
    } as const;
    for (const [key, account] of Object.entries(northgate.accounts)) {
      const [user] = await tx
        .insert(users)
        .values({ ...account, passwordHash })
        .returning();
      await tx.insert(memberships).values({
        orgId: northgate.id,
        userId: user!.id,
        role: roles[key as keyof typeof roles],
        active: key !== 'deactivated',
        homeBranchId: northgate.branchId,
      });
    }
    const [staffMembership] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, northgate.accounts.staff.email));
    const p = northgatePartners;
    const north = { orgId: northgate.id, primaryBranchId: northgate.branchId };
    await tx.insert(partners).values([
      {
        ...north,
        ...p.teen,
        category: 'institution',
        stage: 'connected',
        latitude: 47.9052,
        longitude: -122.2101,
        address: '12 River Rd',
        sectors: ['youth_serving'],
        agesServed: ['teens'],
        ownerMembershipId: staffMembership!.id,
      },
      {
        ...north,
        ...p.school,
        category: 'institution',
        stage: 'collaborating',
        latitude: 47.9058,
        longitude: -122.2109,
        sectors: ['k12_education'],
        agesServed: ['children'],
      },
      {
        ...north,
        ...p.bookClub,
        category: 'association',
        stage: 'sustained',
        latitude: 47.9046,
        longitude: -122.2094,
        sectors: ['arts_culture'],
        agesServed: ['adults'],
      },
      {
        ...north,
        ...p.garden,
        category: 'physical_space',
        stage: 'identified',
        latitude: 47.935,
        longitude: -122.175,
        sectors: ['food'],
        agesServed: ['families'],
      },
      {
        ...north,
        ...p.seniors,
        category: 'association',
        stage: 'reached_out',
        latitude: 47.872,
        longitude: -122.168,
        sectors: ['older_adults'],
        agesServed: ['older_adults'],
      },
      {
        ...north,
        ...p.market,
        category: 'local_economy',
        stage: 'connected',
        latitude: 47.884,
        longitude: -122.245,
        sectors: ['business', 'food'],
        agesServed: ['adults'],
      },
      {
        ...north,
        ...p.stories,
        category: 'culture_stories',
        stage: 'paused',
        latitude: 47.921,
        longitude: -122.252,
        sectors: ['arts_culture'],
        agesServed: ['children', 'adults'],
      },
      {
        ...north,
        ...p.rosa,
        category: 'individual',
        stage: 'connected',
        locationPrecision: 'approximate',
        latitude: 47.8934,
        longitude: -122.1873,
        address: '5 Private Lane',
        agesServed: ['families'],
      },
      {
        ...north,
        ...p.hidden,
        category: 'individual',
        stage: 'identified',
        locationPrecision: 'hidden',
        latitude: 47.9111,
        longitude: -122.1999,
        address: '9 Secret Street',
        agesServed: ['early_childhood'],
      },
      {
        orgId: southport.id,
        ...southportPartners.museum,
        category: 'culture_stories',
        stage: 'connected',
        latitude: 47.101,
        longitude: -122.501,
      },
      {
        orgId: southport.id,
        ...southportPartners.hidden,
        category: 'individual',
        stage: 'identified',
        locationPrecision: 'hidden',
        latitude: 47.102,
        longitude: -122.502,
      },
    ]);
    await seedDashboardData(tx, Object.fromEntries(Object.entries(p).map(([key, value]) => [key, value.id])));
    const [southAdmin] = await tx
      .insert(users)
      .values({ ...southport.accounts.admin, passwordHash })
      .returning();
    await tx
      .insert(memberships)
      .values({ id: southport.memberId, orgId: southport.id, userId: southAdmin!.id, role: 'admin' });
    await tx.insert(auditEntries).values({
      orgId: southport.id,
      actorUserId: southAdmin!.id,
      action: 'branch.create',
      entityType: 'branch',
      entityId: southport.branchId,
      after: { name: southport.branchName },
    });
    await seedRelationshipTestData(tx);
    await seedRetentionTestData(tx);
    await tx.insert(organizations).values({ id: eastport.id, name: eastport.name });
    const [eastAdmin] = await tx
      .insert(users)
      .values({ ...eastport.accounts.admin, passwordHash })
      .returning();
    await tx.insert(memberships).values({ orgId: eastport.id, userId: eastAdmin!.id, role: 'admin' });
    await seedTimeZoneTestData(tx, passwordHash);
    await seedHostAdmin(tx, passwordHash);
    await seedConsortiumTestData(tx, passwordHash);
    const [consultantUser] = await tx
      .insert(users)
      .values({ ...consultant, passwordHash })
      .returning();
    await tx.insert(memberships).values([
      { orgId: southport.id, userId: consultantUser!.id, role: 'staff' },
      { orgId: westport.id, userId: consultantUser!.id, role: 'viewer' },
    ]);
  });
  await seedGuides(db);
  await seedPrivacyData(db);
}
