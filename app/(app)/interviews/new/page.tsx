import type { Metadata } from 'next';
import Link from 'next/link';
import { InterviewDetailsForm } from '@/components/interviews/interview-details-form';
import { LearnMore } from '@/components/resources/learn-more';
import { Card } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { today } from '@/lib/dates';
import { startInterview } from '@/lib/interviews/actions';
import { listStartableGuides } from '@/lib/interviews/guides';
import { searchPartnersForInterview } from '@/lib/interviews/partner-search-actions';
import { getPartner, listOwnerOptions } from '@/lib/partners/queries';

export const metadata: Metadata = { title: 'Start an interview' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewInterviewPage({ searchParams }: Props) {
  const ctx = await requirePageContext();
  if (!roleAtLeast(ctx.role, 'staff')) {
    return <NoAccess what="interviewing" who="staff, managers and admins" />;
  }
  const db = await getDb();
  const params = await searchParams;
  const partnerId = typeof params.partner === 'string' ? params.partner : '';
  const [guides, members, partner] = await Promise.all([
    listStartableGuides(db, ctx),
    listOwnerOptions(db, ctx),
    partnerId ? getPartner(db, ctx, partnerId) : null,
  ]);
  const usablePartner = partner && !partner.archivedAt ? { id: partner.id, name: partner.name } : null;
  const back = usablePartner ? `/partners/${usablePartner.id}` : '/interviews';

  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href={back}>← {usablePartner ? usablePartner.name : 'Interviews'}</Link>
      </p>
      <PageHeader
        title="Start an interview"
        description="Choose the guide and note who you are talking with. Consent comes next, before any notes."
      />
      <LearnMore panel="interview" className="mb-6" />
      <Card>
        <InterviewDetailsForm
          save={startInterview}
          searchPartners={searchPartnersForInterview}
          values={{
            guideId: guides[0]?.id ?? '',
            partner: usablePartner,
            intervieweeName: '',
            intervieweeRole: '',
            // The organization's today: on a Pacific evening it is still today there, not tomorrow.
            heldOn: today(ctx.timeZone),
            mode: 'in_person',
            place: '',
            interviewerIds: [ctx.membershipId],
          }}
          guides={guides.map((guide) => ({
            value: guide.id,
            label: guide.name,
            description: guide.description,
          }))}
          members={members}
          cancelHref={back}
        />
      </Card>
    </div>
  );
}
