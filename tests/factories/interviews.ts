import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type GuideSection, interviewGuides, interviewGuideVersions, interviews } from '@/db/schema';

/** A small guide: one section with a long-answer question and a list question. */
export function sampleSections(label = 'Sample'): GuideSection[] {
  return [
    {
      id: `section-${randomUUID().slice(0, 8)}`,
      title: `${label} section`,
      hint: 'Introduce yourself.',
      questions: [
        {
          id: randomUUID(),
          kind: 'long_text',
          prompt: `${label}: what matters most?`,
          hint: '',
          options: [],
        },
        {
          id: randomUUID(),
          kind: 'single_choice',
          prompt: `${label}: how did you hear of us?`,
          hint: 'Tick one.',
          options: ['A friend', 'The library', 'Online'],
        },
      ],
    },
  ];
}

/**
 * A guide with its first version, written straight into the tables (no audit entry), as the
 * current version. Returns the guide and that version.
 */
export async function createGuide(
  db: Db,
  orgId: string,
  values: { name?: string; description?: string; sections?: GuideSection[]; retired?: boolean } = {},
) {
  const name = values.name ?? `Guide ${randomUUID().slice(0, 8)}`;
  const [guide] = await db
    .insert(interviewGuides)
    .values({
      orgId,
      name,
      description: values.description ?? '',
      retiredAt: values.retired ? new Date() : null,
    })
    .returning();
  if (!guide) throw new Error('no guide');
  const [version] = await db
    .insert(interviewGuideVersions)
    .values({ orgId, guideId: guide.id, number: 1, name, sections: values.sections ?? sampleSections(name) })
    .returning();
  if (!version) throw new Error('no guide version');
  await db
    .update(interviewGuides)
    .set({ currentVersionId: version.id })
    .where(eq(interviewGuides.id, guide.id));
  return { guide: { ...guide, currentVersionId: version.id }, version };
}

/** An interview held with a guide version, written straight into the table (a draft by default). */
export async function createInterview(
  db: Db,
  orgId: string,
  guideVersionId: string,
  values: Partial<typeof interviews.$inferInsert> = {},
) {
  const [interview] = await db
    .insert(interviews)
    .values({ orgId, guideVersionId, heldOn: '2026-03-02', intervieweeName: 'Test Interviewee', ...values })
    .returning();
  if (!interview) throw new Error('no interview');
  return interview;
}
