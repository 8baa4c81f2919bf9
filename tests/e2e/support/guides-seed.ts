import type { Db } from '@/db/client';
import { interviewGuides, interviewGuideVersions, interviews } from '@/db/schema';
import { northgate } from './accounts';

/** A Northgate guide already used by one interview, so editing it makes version 2. */
export const usedGuide = {
  id: '00000000-0000-4000-8000-0000000e0001',
  versionId: '00000000-0000-4000-8000-0000000e0002',
  name: 'Teen Advisory Listening Guide',
  firstQuestion: 'What do teens in your neighbourhood do after school?',
} as const;

export async function seedGuides(db: Db) {
  await db.insert(interviewGuides).values({
    id: usedGuide.id,
    orgId: northgate.id,
    name: usedGuide.name,
    description: 'For conversations with members of the teen advisory board.',
    currentVersionId: usedGuide.versionId,
  });
  await db.insert(interviewGuideVersions).values({
    id: usedGuide.versionId,
    orgId: northgate.id,
    guideId: usedGuide.id,
    number: 1,
    name: usedGuide.name,
    sections: [
      {
        id: 'after-school',
        title: 'After school',
        hint: 'Let them describe a normal week.',
        questions: [
          {
            id: 'teens-after-school',
            kind: 'long_text',
            prompt: usedGuide.firstQuestion,
            hint: '',
            options: [],
          },
          {
            id: 'teens-library-visits',
            kind: 'single_choice',
            prompt: 'How often do you visit the library?',
            hint: '',
            options: ['Every week', 'Every month', 'Rarely'],
          },
        ],
      },
    ],
  });
  await db.insert(interviews).values({
    orgId: northgate.id,
    guideVersionId: usedGuide.versionId,
    heldOn: '2026-02-10',
    intervieweeName: 'Advisory board member',
  });
}
