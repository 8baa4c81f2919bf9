import type { Metadata } from 'next';
import Link from 'next/link';
import { InterviewDetailsForm } from '@/components/interviews/interview-details-form';
import { LearnMore } from '@/components/resources/learn-more';
import { Card } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { today } from '@/lib/dates';
import { startInterview } from '@/lib/interviews/actions';
import { loadNewInterview } from '@/lib/interviews/loaders';
import { searchPartnersForInterview } from '@/lib/interviews/partner-search-actions';
import { loadLearnMore } from '@/lib/resources/learn-more';
import { dismissLearnMore } from '@/lib/resources/visibility-actions';

export const metadata: Metadata = { title: 'Start an interview' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewInterviewPage({ searchParams }: Props) {
  const ctx = await requirePageContext();
  if (!roleAtLeast(ctx.role, 'staff')) {
    return <NoAccess what="interviewing" who="staff, managers and admins" />;
  }
  const params = await searchParams;
  const partnerId = typeof params.partner === 'string' ? params.partner : '';
  const [{ guides, members, partner: usablePartner }, learnMore] = await Promise.all([
    loadNewInterview(ctx, partnerId),
    loadLearnMore(ctx, 'interview'),
  ]);
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
      <LearnMore data={learnMore} dismiss={dismissLearnMore} className="mb-6" />
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
