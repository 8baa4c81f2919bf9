import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { type GuideSection, interviewGuides, interviewGuideVersions } from '../schema';

/**
 * The built-in "Community Leader Interview Guide", in our own words, from the outline in
 * PRODUCT.md. Question ids are stable: later versions of the guide keep them, so answers to the
 * same question can be compared across versions.
 */
export const defaultGuideKey = 'community-leader';
export const defaultGuideName = 'Community Leader Interview Guide';
export const defaultGuideDescription =
  'A conversation with someone who knows their community well: what they value, what they hope for, and how the library could work with them.';

const q = (
  id: string,
  prompt: string,
  hint: string,
  kind: GuideSection['questions'][number]['kind'] = 'long_text',
  options: string[] = [],
) => ({ id, kind, prompt, hint, options });

export const defaultGuideSections: GuideSection[] = [
  {
    id: 'before-we-start',
    title: 'Before we start',
    hint: 'Thank them for their time. Explain that the library is listening to community leaders to learn what matters here, that your notes stay with library staff, and that they choose what may be kept, quoted or attributed to them. Ask for consent before any notes.',
    questions: [],
  },
  {
    id: 'about-you',
    title: 'About you',
    hint: 'Start with the person, not the organization. Let them talk.',
    questions: [
      q(
        'about-role',
        'Tell me about yourself and the work you do here.',
        'Their role, how long they have been involved, who they work with.',
      ),
      q(
        'about-why',
        'What drew you to this work?',
        'Listen for what they care about; it often points to shared goals.',
      ),
    ],
  },
  {
    id: 'your-community',
    title: 'Your community',
    hint: 'You are learning how they see their community, in their words.',
    questions: [
      q(
        'community-who',
        'Who is the community you serve or belong to?',
        'Ages, languages, neighbourhoods: whatever they use to describe it.',
      ),
      q('community-values', 'What do people in your community value most?', 'Ask for an example or a story.'),
      q(
        'community-strengths',
        'What strengths and resources do people here rely on?',
        'Places, groups, people, traditions: these may become partners on the map.',
      ),
    ],
  },
  {
    id: 'hopes-and-concerns',
    title: 'Hopes and concerns',
    hint: 'Give them room: pauses are fine.',
    questions: [
      q(
        'hopes',
        'What do you hope for your community over the next few years?',
        'Ask what would be different if that happened.',
      ),
      q('obstacles', 'What stands in the way?', 'Listen without offering the library as the answer yet.'),
      q(
        'hard-to-reach',
        'Who is hardest to reach, and why?',
        'Note who they name and the reasons, not people’s private circumstances.',
      ),
    ],
  },
  {
    id: 'information-and-trust',
    title: 'Information and trust',
    hint: 'This shows how the library could reach people, and who they already trust.',
    questions: [
      q(
        'trusted-sources',
        'Where do the people you serve get information they trust?',
        'People, places, media, groups, online spaces.',
      ),
    ],
  },
  {
    id: 'the-library',
    title: 'The library',
    hint: 'Be ready to hear criticism; thank them for it.',
    questions: [
      q(
        'library-known',
        'What do you know about the library and what it offers?',
        'Fill gaps gently after they answer, not before.',
      ),
      q(
        'library-helped',
        'Can you think of a time the library helped, or fell short?',
        'Ask what made the difference.',
      ),
      q(
        'library-differently',
        'What could the library do differently for your community?',
        'Write their words down as closely as you can.',
      ),
      q(
        'library-familiarity',
        'How familiar are the people you serve with the library?',
        'Ask them to pick a number: 1 is not at all, 5 is very familiar.',
        'scale',
      ),
    ],
  },
  {
    id: 'working-together',
    title: 'Working together',
    hint: 'Look for something small and concrete to start with.',
    questions: [
      q(
        'working-on',
        'What are you working on now that the library could support?',
        'Programs, events, spaces, information, volunteers.',
      ),
      q(
        'worth-their-time',
        'What would make working with the library worth your time?',
        'Ask how they like to work: meetings, email, a quick call.',
      ),
    ],
  },
  {
    id: 'who-else',
    title: 'Who else should we talk to?',
    hint: 'Ask for names, how to reach them and why. Ask whether you may say who suggested them.',
    questions: [
      q(
        'referrals',
        'Who else should we talk to?',
        'Each person becomes a referral you can follow up on later.',
        'referrals',
      ),
    ],
  },
  {
    id: 'closing',
    title: 'Closing',
    hint: 'Agree on next steps before you leave, and thank them again.',
    questions: [
      q(
        'stay-in-touch',
        'How would you like to stay in touch?',
        'The best way and the best person to contact.',
      ),
      q(
        'next-steps',
        'What next steps did we agree on?',
        'Add each as a follow-up after the interview; a thank-you note is one.',
      ),
    ],
  },
];

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
