import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { joinAsSignedInAction } from '@/app/(auth)/invite/[token]/actions';
import { GET as getArchive } from '@/app/api/export/archive/route';
import {
  auditEntries,
  followUps,
  interviewInterviewers,
  interviews,
  memberships,
  partners,
  users,
} from '@/db/schema';
import { checkCredentials } from '@/lib/auth/credentials';
import { restoreArchive } from '@/lib/export/actions';
import type { OrganizationArchive } from '@/lib/export/format';
import { renewInvitation } from '@/lib/invitations/actions';
import { listPendingInvitations } from '@/lib/invitations/queries';
import { resetMemberPassword } from '@/lib/staff/actions';
import { createOrganizationWithMembers, defaultTestPassword, form, signInAs } from '../factories';
import { archiveOf, createRichOrganization, unzipText } from '../factories/export';
import { useTestDatabase } from '../support/database';

// Issue 14, item 9: restoring an archive beside the organization it came from (or into a service
// where its staff work for another library) must leave those accounts alone, and must report the
// same as when nobody it names has an account (decision 0015).

const t = useTestDatabase();

type Member = { userId: string; membershipId: string };

async function archiveFrom(admin: Member): Promise<OrganizationArchive> {
  signInAs(admin);
  const response = await getArchive(new Request('http://localhost/api/export/archive'), {
    params: Promise.resolve({}),
  });
  return archiveOf(unzipText(new Uint8Array(await response.arrayBuffer())));
}

function restoreAs(member: Member, archive: OrganizationArchive) {
  signInAs(member);
  const data = new FormData();
  data.append('archive', new File([JSON.stringify(archive)], 'organization.json'));
  return restoreArchive(null, data);
}

let cedar: Awaited<ReturnType<typeof createRichOrganization>>;
let beside: Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let fresh: Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let archive: OrganizationArchive;
let besideResult: Awaited<ReturnType<typeof restoreAs>>;
let freshResult: Awaited<ReturnType<typeof restoreAs>>;
let cedarUsersBefore: (typeof users.$inferSelect)[];

async function cedarUsers() {
  const ids = archive.staff.map((member) => String(member.userId));
  return t.db.select().from(users).where(inArray(users.id, ids)).orderBy(users.email);
}

beforeAll(async () => {
  cedar = await createRichOrganization(t.db, 'Cedar');
  beside = await createOrganizationWithMembers(t.db, 'Dogwood Library (new)');
  fresh = await createOrganizationWithMembers(t.db, 'Elm Library (new)');
  archive = await archiveFrom(cedar.admin);
  cedarUsersBefore = await cedarUsers();
  // Into Dogwood, on the same service as Cedar: every address the archive names has an account.
  besideResult = await restoreAs(beside.admin, archive);
  // Into Elm, the same archive naming addresses nobody here has: every one is new.
  freshResult = await restoreAs(fresh.admin, {
    ...archive,
    staff: archive.staff.map((member) => ({ ...member, email: `new.${member.email}` })),
  });
});

describe('restoring where the archive’s staff already have accounts', () => {
  it('restores, and reports exactly what it reports when every address is new', async () => {
    expect(besideResult).toMatchObject({ ok: true });
    expect(freshResult).toMatchObject({ ok: true });
    if (!besideResult.ok || !freshResult.ok) throw new Error('restore refused');
    expect(besideResult.data).toEqual(freshResult.data);
    expect(besideResult.data).toMatchObject({ staff: archive.staff.length, counts: { partners: 5 } });
    const restoreEntry = async (orgId: string) => {
      const [entry] = await t.db
        .select()
        .from(auditEntries)
        .where(and(eq(auditEntries.orgId, orgId), eq(auditEntries.action, 'organization.restore')));
      return entry?.after;
    };
    expect(await restoreEntry(beside.org.id)).toEqual(await restoreEntry(fresh.org.id));
  });

  it('gives none of those accounts a membership, and leaves them exactly as they were', async () => {
    const joined = await t.db
      .select()
      .from(memberships)
      .where(
        and(
          eq(memberships.orgId, beside.org.id),
          inArray(
            memberships.userId,
            cedarUsersBefore.map((user) => user.id),
          ),
        ),
      );
    expect(joined).toEqual([]);
    expect(await cedarUsers()).toEqual(cedarUsersBefore);
    // Elm, where the addresses were new, has each of them as a member.
    const elmStaff = await t.db.select().from(memberships).where(eq(memberships.orgId, fresh.org.id));
    expect(elmStaff).toHaveLength(archive.staff.length + 4);
  });

  it('invites each active one with their archived role instead, the invitation waiting on the staff page', async () => {
    const waiting = await listPendingInvitations(t.db, beside.admin);
    const active = archive.staff.filter((member) => member.active);
    expect(waiting.map((row) => [row.email, row.role]).sort()).toEqual(
      active.map((member) => [String(member.email), String(member.role)]).sort(),
    );
    // Deactivated in the archive: not invited. And where every address was new, nobody is invited.
    expect(active.length).toBeGreaterThan(0);
    expect(await listPendingInvitations(t.db, fresh.admin)).toEqual([]);
    // The link nobody saw is made anew from the staff page, and joining keeps the account as it was.
    signInAs(beside.admin);
    const renewed = await renewInvitation(
      null,
      form({ invitationId: waiting.find((row) => row.email === cedar.staff.email)!.invitationId }),
    );
    if (!renewed.ok) throw new Error(renewed.message);
    signInAs(cedar.staff);
    const token = renewed.data.link.split('/invite/')[1]!;
    await expect(joinAsSignedInAction(null, form({ token }))).rejects.toMatchObject({
      digest: expect.stringContaining('NEXT_REDIRECT'),
    });
    const [joined] = await t.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, beside.org.id), eq(memberships.userId, cedar.staff.userId)));
    expect(joined).toMatchObject({ role: 'staff', active: true });
    await t.db.delete(memberships).where(eq(memberships.id, joined!.id));
  });

  it('leaves the other library’s admin in charge: they can still reset the person’s password', async () => {
    signInAs(cedar.admin);
    const reset = await resetMemberPassword(null, form({ memberId: cedar.liaison.membershipId }));
    expect(reset).toMatchObject({ ok: true });
    // And the person keeps signing in where they work.
    const signIn = await checkCredentials(t.db, cedar.staff.email, defaultTestPassword, {
      sleep: async () => {},
    });
    expect(signIn).toMatchObject({ ok: true, orgId: cedar.org.id });
  });

  it('keeps every record that named them, naming nobody, with their follow-ups given to the restoring admin', async () => {
    const restoredPartners = await t.db.select().from(partners).where(eq(partners.orgId, beside.org.id));
    expect(restoredPartners).toHaveLength(5);
    expect(restoredPartners.every((partner) => partner.ownerMembershipId === null)).toBe(true);

    const tasks = await t.db.select().from(followUps).where(eq(followUps.orgId, beside.org.id));
    expect(tasks.map((task) => task.description).sort()).toEqual(
      archive.followUps.map((task) => String(task.description)).sort(),
    );
    expect(tasks.every((task) => task.assigneeMembershipId === beside.admin.membershipId)).toBe(true);

    const restoredInterviews = await t.db
      .select()
      .from(interviews)
      .where(eq(interviews.orgId, beside.org.id));
    expect(restoredInterviews).toHaveLength(archive.interviews.length);
    expect(restoredInterviews.every((row) => row.completedByUserId === null)).toBe(true);
    const draft = restoredInterviews.find((row) => row.pending.followUps.length > 0)!;
    expect(draft.pending.followUps).toMatchObject([{ assigneeMembershipId: beside.admin.membershipId }]);
    // Who held an interview: nobody here, so no link; the interviews themselves all stay.
    const links = await t.db
      .select()
      .from(interviewInterviewers)
      .where(eq(interviewInterviewers.orgId, beside.org.id));
    expect(links).toEqual([]);
  });
});
