import { beforeAll, describe, expect, it } from 'vitest';
import DashboardPage from '@/app/(app)/dashboard/page';
import MapPage from '@/app/(app)/map/page';
import PartnersPage from '@/app/(app)/partners/page';
import AuditLogPage from '@/app/(app)/settings/audit/page';
import StaffPage from '@/app/(app)/settings/staff/page';
import { GET as archiveRoute } from '@/app/api/export/archive/route';
import { GET as mapRoute } from '@/app/api/map/route';
import { GET as partnersExport } from '@/app/api/partners/export/route';
import { GET as auditCsv } from '@/app/api/settings/audit/route';
import { memberships } from '@/db/schema';
import { getAuthContext } from '@/lib/auth/context';
import { switchOrganization } from '@/lib/auth/switch-actions';
import {
  createContact,
  createMember,
  createOrganizationWithMembers,
  createPartner,
  form,
  signInAs,
} from '../factories';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';
import { none, page, route } from '../support/read-everything';

// Issue 19's walls with three library systems on one deployment and a consultant who belongs to two
// of them (an admin in one, a manager in the other): after each switch, every page, route and
// export she can read holds only the system she is in now; the third system, where she does not
// belong, never shows, and neither does the other one she belongs to. Each system's records carry
// a marker of their own (partner, contact, e-mail, street), so any leak is named.

const t = useTestDatabase();

const systems = ['Anacortes', 'Bellingham', 'Concrete'] as const;
type System = (typeof systems)[number];
const markers = (name: System) => [
  `${name} Rowing Club`,
  `${name} Contact Person`,
  `contact@${name.toLowerCase()}.example.org`,
  `12 ${name} Street`,
];

let orgs: Record<System, Awaited<ReturnType<typeof createOrganizationWithMembers>>>;
let consultant: Awaited<ReturnType<typeof createMember>>;
let inBellingham: string;

beforeAll(async () => {
  orgs = {} as typeof orgs;
  for (const name of systems) {
    const made = await createOrganizationWithMembers(t.db, `${name} Libraries`);
    orgs[name] = made;
    const [partner, contactName, email, street] = markers(name);
    const row = await createPartner(t.db, made.org.id, { name: partner!, address: street! });
    await createContact(t.db, made.org.id, row.id, { name: contactName!, email: email! });
  }
  consultant = await createMember(t.db, orgs.Anacortes.org.id, { role: 'admin', name: 'Cora Consultant' });
  const [row] = await t.db
    .insert(memberships)
    .values({ orgId: orgs.Bellingham.org.id, userId: consultant.userId, role: 'manager' })
    .returning({ id: memberships.id });
  inBellingham = row!.id;
}, 120_000);

/** Everything the consultant can read where her session is now, as one text. */
async function everything() {
  const parts = await Promise.all([
    page(PartnersPage, {}, { archived: 'include' }),
    page(MapPage),
    page(DashboardPage),
    page(AuditLogPage),
    page(StaffPage),
    route(mapRoute, '/api/map?archived=include', none),
    route(partnersExport, '/api/partners/export?format=csv&archived=include', none),
    route(auditCsv, '/api/settings/audit', none),
    route(archiveRoute, '/api/export/archive', none),
  ]);
  return parts.join('\n');
}

function expectOnly(text: string, here: System) {
  for (const marker of markers(here))
    expect(text.includes(marker), `${here}'s own ${marker} is missing`).toBe(true);
  for (const other of systems.filter((name) => name !== here)) {
    for (const marker of markers(other)) {
      const at = text.indexOf(marker);
      expect(
        at,
        `in ${here}, ${other}'s “${marker}” showed: …${text.slice(Math.max(0, at - 120), at + 60)}…`,
      ).toBe(-1);
    }
  }
}

describe('three library systems and a consultant in two', () => {
  it('reads only the system she is in, switching back and forth, and never the third', async () => {
    signInAs(consultant);
    expect(await getAuthContext()).toMatchObject({ orgId: orgs.Anacortes.org.id, role: 'admin' });
    expectOnly(await everything(), 'Anacortes');

    await expectRedirect(() => switchOrganization(null, form({ membershipId: inBellingham, next: '/map' })));
    expect(await getAuthContext()).toMatchObject({ orgId: orgs.Bellingham.org.id, role: 'manager' });
    expectOnly(await everything(), 'Bellingham');

    await expectRedirect(() =>
      switchOrganization(null, form({ membershipId: consultant.membershipId, next: '/map' })),
    );
    expect(await getAuthContext()).toMatchObject({ orgId: orgs.Anacortes.org.id, role: 'admin' });
    expectOnly(await everything(), 'Anacortes');
    signInAs(null);
  });

  it('cannot switch into the third system, and a staff member of it reads only it', async () => {
    signInAs(consultant);
    const concreteStaff = orgs.Concrete.staff;
    const refused = await switchOrganization(
      null,
      form({ membershipId: concreteStaff.membershipId, next: '/map' }),
    );
    expect(refused).toMatchObject({ ok: false });
    expect(await getAuthContext()).toMatchObject({ orgId: orgs.Anacortes.org.id });

    signInAs(orgs.Concrete.admin);
    expectOnly(await everything(), 'Concrete');
    signInAs(null);
  });
});
