import type { Db } from '@/db/client';
import { interviewGuides, interviewGuideVersions, interviewInterviewers, interviews } from '@/db/schema';
import { southport } from './accounts';
import { daysAgo } from './dashboard-seed';

/**
 * Southport's one interview, held about two and a half years ago with answers: kept under the
 * default three years, past its date once the retention browser test shortens the period to two.
 */
export const oldInterview = {
  id: '00000000-0000-4000-8000-0000000f0003',
  guideId: '00000000-0000-4000-8000-0000000f0001',
  versionId: '00000000-0000-4000-8000-0000000f0002',
  intervieweeName: 'Harbour elder',
  answer: 'We meet at the old boathouse on Thursday evenings',
  takeaway: 'The boathouse is where elders gather',
  daysAgo: 900,
} as const;

export async function seedRetentionTestData(tx: Db) {
  await tx.insert(interviewGuides).values({
    id: oldInterview.guideId,
    orgId: southport.id,
    name: 'Harbour Listening Guide',
    currentVersionId: oldInterview.versionId,
  });
  await tx.insert(interviewGuideVersions).values({
    id: oldInterview.versionId,
    orgId: southport.id,
    guideId: oldInterview.guideId,
    number: 1,
    name: 'Harbour Listening Guide',
    sections: [
      {
        id: 'gathering',
        title: 'Gathering',
        hint: '',
        questions: [
          { id: 'where', kind: 'long_text', prompt: 'Where do people gather?', hint: '', options: [] },
        ],
      },
    ],
  });
  const heldOn = daysAgo(oldInterview.daysAgo);
  await tx.insert(interviews).values({
    id: oldInterview.id,
    orgId: southport.id,
    guideVersionId: oldInterview.versionId,
    intervieweeName: oldInterview.intervieweeName,
    heldOn,
    status: 'complete',
    consentRecordedAt: new Date(`${heldOn}T17:00:00Z`),
    consentNotes: true,
    consentName: true,
    answers: { where: oldInterview.answer },
    takeaways: [oldInterview.takeaway],
    themes: ['Gathering places'],
    completedAt: new Date(`${heldOn}T18:00:00Z`),
  });
  await tx
    .insert(interviewInterviewers)
    .values({ orgId: southport.id, interviewId: oldInterview.id, membershipId: southport.memberId });
}
