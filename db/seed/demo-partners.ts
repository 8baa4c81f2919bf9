import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { auditEntries, branches, contacts, memberships, partners, users } from '../schema';
import type {
  AgeServed,
  AssetCategory,
  Formality,
  FoundVia,
  LocationPrecision,
  RelationshipDepth,
  RelationshipStage,
  Sector,
} from '../schema/vocabulary';
import { demoAccounts, demoBranches } from './demo-data';
import partnersData from './demo-partners.json';

/**
 * The demo library system's partners: fictional people and organizations at plausible spots in
 * and around Lynnwood, Everett and Monroe (Snohomish County, Washington). Phone numbers use the
 * 555-01xx range kept for fiction; addresses and web sites use example domains.
 */

type BranchKey = (typeof demoBranches)[number]['key'];
type OwnerRole = 'admin' | 'manager' | 'staff';
/** name, role, email, phone, preferred language, may viewers see the details */
type DemoContact = [string, string, string?, string?, string?, boolean?];

type DemoPartner = {
  name: string;
  category: AssetCategory;
  sectors: Sector[];
  ages: AgeServed[] | 'all';
  communities?: string[];
  about: string;
  brings?: string;
  wants?: string;
  address: string;
  at: [number, number];
  precision?: LocationPrecision;
  web?: string;
  phone?: string;
  email?: string;
  branch: BranchKey | null;
  owner: OwnerRole | null;
  stage: RelationshipStage;
  endedReason?: string;
  depth?: RelationshipDepth;
  formality?: Formality;
  /** Days from today; negative is overdue. */
  followUp?: number;
  found?: FoundVia;
  foundNote?: string;
  /** How long ago it was last changed, and last in touch, in days. */
  updated: number;
  touched?: number;
  contacts?: DemoContact[];
};

/**
 * The partners themselves are data (./demo-partners.json), checked against the vocabularies by the
 * demo seed's test; "all" ages stands for every age group.
 */
export const demoPartners = partnersData as DemoPartner[];

const allAges: AgeServed[] = ['early_childhood', 'children', 'teens', 'adults', 'older_adults', 'families'];

const ownerEmail = Object.fromEntries(demoAccounts.map((account) => [account.role, account.email]));

const day = 24 * 60 * 60 * 1000;

function dayString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Loads the demo partners and their contacts into the demo organization, inside the seed's transaction. */
export async function seedDemoPartners(tx: Db, orgId: string, now = new Date()) {
  const branchRows = await tx
    .select({ id: branches.id, name: branches.name })
    .from(branches)
    .where(eq(branches.orgId, orgId));
  const branchIdOf = (key: BranchKey | null) => {
    const name = demoBranches.find((branch) => branch.key === key)?.name;
    return branchRows.find((branch) => branch.name === name)?.id ?? null;
  };
  const members = await tx
    .select({ id: memberships.id, userId: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), inArray(users.email, Object.values(ownerEmail))));
  const memberOf = (role: OwnerRole | null) =>
    role ? (members.find((member) => member.email === ownerEmail[role]) ?? null) : null;

  for (const demo of demoPartners) {
    const owner = memberOf(demo.owner);
    const updatedAt = new Date(now.getTime() - demo.updated * day);
    const createdAt = new Date(updatedAt.getTime() - (30 + (demo.name.length % 200)) * day);
    const [partner] = await tx
      .insert(partners)
      .values({
        orgId,
        name: demo.name,
        category: demo.category,
        sectors: demo.sectors,
        agesServed: demo.ages === 'all' ? allAges : demo.ages,
        priorityCommunities: demo.communities ?? [],
        description: demo.about,
        strengths: demo.brings ?? '',
        interests: demo.wants ?? '',
        address: demo.address,
        latitude: demo.at[0],
        longitude: demo.at[1],
        locationPrecision: demo.precision ?? 'exact',
        website: demo.web ?? '',
        phone: demo.phone ?? '',
        email: demo.email ?? '',
        primaryBranchId: branchIdOf(demo.branch),
        ownerMembershipId: owner?.id ?? null,
        stage: demo.stage,
        endedReason: demo.stage === 'ended' ? (demo.endedReason ?? '') : '',
        depth: demo.depth ?? null,
        formality: demo.formality ?? null,
        nextFollowUpOn:
          demo.followUp === undefined ? null : dayString(new Date(now.getTime() + demo.followUp * day)),
        foundVia: demo.found ?? null,
        foundViaNote: demo.foundNote ?? '',
        lastInteractionAt: demo.touched === undefined ? null : new Date(now.getTime() - demo.touched * day),
        createdByUserId: owner?.userId ?? null,
        updatedByUserId: owner?.userId ?? null,
        createdAt,
        updatedAt,
      })
      .returning({ id: partners.id });
    if (!partner) throw new Error('Insert returned no row');
    for (const [name, role, email, phone, language, share] of demo.contacts ?? []) {
      await tx.insert(contacts).values({
        orgId,
        partnerId: partner.id,
        name,
        role,
        email: email ?? '',
        phone: phone ?? '',
        preferredLanguage: language ?? '',
        shareWithViewers: share ?? false,
        createdAt,
        updatedAt: createdAt,
      });
    }
    // So the partner's page shows where it came from.
    await tx.insert(auditEntries).values({
      orgId,
      actorUserId: owner?.userId ?? null,
      action: 'partner.create',
      entityType: 'partner',
      entityId: partner.id,
      after: { name: demo.name, category: demo.category, stage: demo.stage },
      createdAt,
    });
  }
  return demoPartners.length;
}
