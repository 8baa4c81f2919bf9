import type { Metadata } from 'next';
import Link from 'next/link';
import { InterviewDetailsForm } from '@/components/interviews/interview-details-form';
import { Card } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { updateInterviewDetails } from '@/lib/interviews/actions';
import { loadInterviewerOptions, loadInterviewOrThrow } from '@/lib/interviews/loaders';
import { searchPartnersForInterview } from '@/lib/interviews/partner-search-actions';

export const metadata: Metadata = { title: 'Interview details' };

type Props = { params: Promise<{ interviewId: string }> };

export default async function EditInterviewPage({ params }: Props) {
  const ctx = await requirePageContext();
  if (!roleAtLeast(ctx.role, 'staff')) {
    return <NoAccess what="editing interviews" who="staff, managers and admins" />;
  }
  const { interviewId } = await params;
  const interview = await loadInterviewOrThrow(ctx, interviewId);
  if (!interview.canEdit) {
    return <NoAccess what="editing this interview" who="its interviewers, managers and admins" />;
  }
  const active = await loadInterviewerOptions(ctx);
  // Interviewers who have since left stay listed, so saving does not drop them.
  const members = [
    ...active,
    ...interview.interviewers
      .filter((i) => !active.some((m) => m.value === i.membershipId))
      .map((i) => ({ value: i.membershipId, label: `${i.name} (deactivated)` })),
  ];

  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href={`/interviews/${interview.id}`}>← The interview</Link>
      </p>
      <PageHeader
        title="Interview details"
        description={`${interview.guideName}, version ${interview.guideVersionNumber}`}
      />
      <Card>
        <InterviewDetailsForm
          save={updateInterviewDetails}
          searchPartners={searchPartnersForInterview}
          values={{
            guideId: '',
            partner:
              interview.partnerId && interview.partnerName
                ? { id: interview.partnerId, name: interview.partnerName }
                : null,
            intervieweeName: interview.intervieweeName,
            intervieweeRole: interview.intervieweeRole,
            heldOn: interview.heldOn,
            mode: interview.mode,
            place: interview.place,
            interviewerIds: interview.interviewers.map((i) => i.membershipId),
          }}
          guides={[]}
          members={members}
          editing={{
            id: interview.id,
            version: interview.version,
            partnerLocked: interview.status === 'complete' && interview.partnerId !== null,
          }}
          cancelHref={`/interviews/${interview.id}`}
        />
      </Card>
    </div>
  );
}
