import { hash } from '@node-rs/argon2';
import { and, eq } from 'drizzle-orm';
import { defaultGuideKey, ensureDefaultGuide } from '@/db/catalogue/interview-guide';
import type { Db } from '@/db/client';
import { appSetup, branches, interviewGuides, memberships, organizations, users } from '@/db/schema';
import { insertAll } from './bulk-write';
import { between, pick, type Random, scatter, uuid } from './random';
import { washingtonTowns } from './towns';
import { firstNames, lastNames, quarters, streets } from './words';

export const benchPassword = 'bench-password-1';

/**
 * The generated organization, its branches (a library in each town, then more branches around them)
 * and its staff, with the built-in interview guide. The partners come after (generate.ts).
 */
export async function createBenchOrganization(
  db: Db,
  r: Random,
  { partners: n, tag }: { partners: number; tag: string },
) {
  const orgId = uuid(r);
  const branchCount = Math.min(50, Math.max(1, Math.round(n / 2000)));
  const staffCount = Math.min(400, Math.max(4, Math.round(n / 250)));
  const passwordHash = await hash(benchPassword);
  const branchRows = Array.from({ length: branchCount }, (_, i) => {
    const town = washingtonTowns[i % washingtonTowns.length]!;
    const round = Math.floor(i / washingtonTowns.length);
    const [lat, lng] = round === 0 ? [town.lat, town.lng] : scatter(r, town);
    return {
      id: uuid(r),
      orgId,
      name: round === 0 ? `${town.name} Library` : `${town.name} ${quarters[round % quarters.length]} Branch`,
      address: `${between(r, 100, 9999)} ${pick(r, streets)} St, ${town.name}, WA`,
      latitude: lat,
      longitude: lng,
    };
  });
  const userRows = Array.from({ length: staffCount }, (_, i) => ({
    id: uuid(r),
    email: i === 0 ? `bench-admin-${tag}@example.org` : `bench-staff-${tag}-${i}@example.org`,
    name: i === 0 ? 'Bench Admin' : `${pick(r, firstNames)} ${pick(r, lastNames)} ${i}`,
    passwordHash,
  }));
  const membershipRows = userRows.map((u, i) => ({
    id: uuid(r),
    orgId,
    userId: u.id,
    role: (i === 0 ? 'admin' : i <= 2 ? 'manager' : i % 10 === 9 ? 'viewer' : 'staff') as
      | 'admin'
      | 'manager'
      | 'staff'
      | 'viewer',
    homeBranchId: branchRows[i % branchCount]!.id,
  }));
  const owners = membershipRows.filter((m) => m.role !== 'viewer');

  await db.transaction(async (tx) => {
    await tx.insert(appSetup).values({ id: 1 }).onConflictDoNothing();
    await tx.insert(organizations).values({
      id: orgId,
      name: `Bench Library System (${n.toLocaleString('en-US')} partners)`,
      mapCenterLat: 47.4,
      mapCenterLng: -120.6,
      mapZoom: 7,
    });
    await insertAll(tx, branches, branchRows);
    await insertAll(tx, users, userRows);
    await insertAll(tx, memberships, membershipRows);
    await ensureDefaultGuide(tx, orgId);
  });
  const [guide] = await db
    .select({ versionId: interviewGuides.currentVersionId })
    .from(interviewGuides)
    .where(and(eq(interviewGuides.orgId, orgId), eq(interviewGuides.builtinKey, defaultGuideKey)));
  if (!guide?.versionId) throw new Error('The built-in guide is missing');
  const guideVersionId = guide.versionId;

  /** The branch nearest a point: a partner's primary branch. */
  const nearestBranch = (lat: number, lng: number) => {
    let best = branchRows[0]!;
    let bestD = Number.POSITIVE_INFINITY;
    for (const b of branchRows) {
      const d = (b.latitude - lat) ** 2 + (b.longitude - lng) ** 2;
      if (d < bestD) {
        bestD = d;
        best = b;
      }
    }
    return best.id;
  };

  return { orgId, branchRows, userRows, membershipRows, owners, guideVersionId, nearestBranch };
}
