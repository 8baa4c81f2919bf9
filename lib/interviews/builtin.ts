import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { interviewGuides, interviewGuideVersions } from '@/db/schema';
import {
  defaultGuideDescription,
  defaultGuideKey,
  defaultGuideName,
  defaultGuideSections,
} from './default-guide';

/**
 * Gives an organization the built-in guide if it never had it. Idempotent and safe to race: the
 * unique (org, builtin key) index lets one insert win. A retired default guide stays retired.
 */
export async function ensureDefaultGuide(db: Db, orgId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [guide] = await tx
      .insert(interviewGuides)
      .values({
        orgId,
        builtinKey: defaultGuideKey,
        name: defaultGuideName,
        description: defaultGuideDescription,
      })
      .onConflictDoNothing()
      .returning({ id: interviewGuides.id });
    if (!guide) return;
    const [version] = await tx
      .insert(interviewGuideVersions)
      .values({ orgId, guideId: guide.id, number: 1, name: defaultGuideName, sections: defaultGuideSections })
      .returning({ id: interviewGuideVersions.id });
    if (!version) throw new Error('Insert returned no row');
    await tx
      .update(interviewGuides)
      .set({ currentVersionId: version.id })
      .where(eq(interviewGuides.id, guide.id));
  });
}
