import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { interviews, partners, referrals } from '@/db/schema';
import { saveInterviewDraft, startInterview } from '@/lib/interviews/actions';
import { completeInterview } from '@/lib/interviews/complete-actions';
import { recordConsent } from '@/lib/interviews/consent-actions';
import { listStartableGuides } from '@/lib/interviews/guides';
import { searchPartnersForInterview } from '@/lib/interviews/partner-search-actions';
import { setReferralStatus } from '@/lib/interviews/referral-actions';
import { getReferral, getReferralOfPartner, listReferrals } from '@/lib/interviews/referrals';
import { createPartner } from '@/lib/partners/actions';
import { createOrganizationWithMembers, form, createPartner as makePartner, signInAs } from '../factories';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

const t = useTestDatabase();
afterEach(() => signInAs(null));

type Org = Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let a: Org;
let b: Org;
let suggester: Awaited<ReturnType<typeof makePartner>>;
let interviewId: string;

/** An interview with the Family Centre, completed with two referrals. */
beforeAll(async () => {
  a = await createOrganizationWithMembers(t.db, 'Alder Library');
  b = await createOrganizationWithMembers(t.db, 'Birch Library');
  suggester = await makePartner(t.db, a.org.id, { name: 'Family Centre' });
  const [guide] = await listStartableGuides(t.db, a.staff);
  signInAs(a.staff);
  const to = await expectRedirect(() =>
    startInterview(
      null,
      form({
        guideId: guide!.id,
        partnerId: suggester.id,
        heldOn: '2026-11-12',
        mode: 'in_person',
        interviewerIds: [a.staff.membershipId],
      }),
    ),
  );
  interviewId = to.split('/')[2]!;
  const version = async () =>
    (await t.db.select().from(interviews).where(eq(interviews.id, interviewId)))[0]!.version;
  await recordConsent(null, form({ id: interviewId, version: await version(), consentNotes: 'on' }));
  await saveInterviewDraft(
    null,
    form({
      id: interviewId,
      version: await version(),
      draft: JSON.stringify({
        answers: {},
        takeaways: [],
        themes: [],
        pending: {
          followUps: [],
          referrals: [
            {
              key: '1',
              name: 'Ana Ruiz',
              organizationName: 'Teen Soccer League',
              howToReach: 'ana@example.org',
              reason: 'Coaches 200 teens',
              maySayWhoSuggested: true,
            },
            {
              key: '2',
              name: 'Omar Haddad',
              organizationName: '',
              howToReach: '',
              reason: 'Knows every shop owner',
              maySayWhoSuggested: false,
            },
          ],
        },
      }),
    }),
  );
  await expectRedirect(async () =>
    completeInterview(null, form({ id: interviewId, version: await version() })),
  );
});

const partnerForm = { name: 'Teen Soccer League', category: 'association' };

describe('referrals', () => {
  it('are listed to work through, with who suggested them', async () => {
    const { rows, counts } = await listReferrals(t.db, a.staff, { status: 'open' });
    // Omar's referral says not to say who suggested him, so it never does.
    expect(rows.map((r) => [r.name, r.suggestedByName, r.interviewHeldOn])).toEqual([
      ['Ana Ruiz', 'Family Centre', '2026-11-12'],
      ['Omar Haddad', '', '2026-11-12'],
    ]);
    expect(counts.open).toBe(2);
    expect((await listReferrals(t.db, b.admin, {})).rows).toEqual([]);
  });

  it('become a partner in one step, keeping the link both ways, once only', async () => {
    const { rows } = await listReferrals(t.db, a.staff, { status: 'open' });
    const ana = rows.find((r) => r.name === 'Ana Ruiz')!;
    signInAs(a.staff);
    const to = await expectRedirect(() =>
      createPartner(null, form({ ...partnerForm, referralId: ana.id, foundVia: 'referral' })),
    );
    const partnerId = to.match(/\/partners\/([0-9a-f-]+)/)![1]!;
    const linked = await getReferral(t.db, a.staff, ana.id);
    expect(linked).toMatchObject({ partnerId, status: 'became_partner' });
    expect(await getReferralOfPartner(t.db, a.staff, partnerId)).toMatchObject({
      id: ana.id,
      suggestedByName: 'Family Centre',
      interviewId,
    });

    const before = (await t.db.select().from(partners).where(eq(partners.orgId, a.org.id))).length;
    const again = await createPartner(null, form({ ...partnerForm, referralId: ana.id }));
    expect(again).toMatchObject({ ok: false, message: expect.stringMatching(/already become a partner/) });
    expect((await t.db.select().from(partners).where(eq(partners.orgId, a.org.id))).length).toBe(before);
  });

  it('move between open, contacted and not pursued; became-a-partner comes only from making one', async () => {
    const { rows } = await listReferrals(t.db, a.staff, { status: 'open' });
    const omar = rows.find((r) => r.name === 'Omar Haddad')!;
    signInAs(a.staff);
    expect(
      await setReferralStatus(null, form({ id: omar.id, version: omar.version, status: 'contacted' })),
    ).toMatchObject({ ok: true });
    expect(
      await setReferralStatus(null, form({ id: omar.id, version: omar.version, status: 'not_pursued' })),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/changed/),
    });
    expect(
      await setReferralStatus(
        null,
        form({ id: omar.id, version: omar.version + 1, status: 'became_partner' }),
      ),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Make a partner/),
    });
    signInAs(a.viewer);
    expect(
      await setReferralStatus(null, form({ id: omar.id, version: omar.version + 1, status: 'open' })),
    ).toMatchObject({ ok: false });
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, omar.id));
    expect(row!.status).toBe('contacted');
  });

  it('stay inside their organization', async () => {
    const { rows } = await listReferrals(t.db, a.staff, {});
    const any = rows[0]!;
    expect(await getReferral(t.db, b.admin, any.id)).toBeNull();
    signInAs(b.admin);
    expect(
      await setReferralStatus(null, form({ id: any.id, version: any.version, status: 'not_pursued' })),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not found/),
    });
    const made = await createPartner(null, form({ ...partnerForm, referralId: any.id }));
    expect(made).toMatchObject({ ok: false, message: expect.stringMatching(/not found/) });
    expect((await t.db.select().from(partners).where(eq(partners.orgId, b.org.id))).length).toBe(0);
  });

  it('the partner search for an interview finds only the caller’s own partners', async () => {
    await makePartner(t.db, b.org.id, { name: 'Family Centre of Birch' });
    signInAs(b.admin);
    const result = await searchPartnersForInterview(null, form({ q: 'family' }));
    expect(result).toMatchObject({ ok: true, data: [{ name: 'Family Centre of Birch' }] });
    signInAs(a.viewer);
    expect(await searchPartnersForInterview(null, form({ q: 'family' }))).toMatchObject({ ok: false });
  });
});
