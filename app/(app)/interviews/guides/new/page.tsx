import type { Metadata } from 'next';
import Link from 'next/link';
import { blankSection, newId } from '@/components/interviews/guide-draft';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { loadGuideOrThrow } from '@/lib/interviews/guide-loaders';
import type { GuideSection } from '@/lib/interviews/vocabulary';
import { GuideForm } from '../guide-form';

export const metadata: Metadata = { title: 'New interview guide' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A copy's sections and questions get ids of their own: it is a new guide, not a version. */
function copyOf(sections: GuideSection[]): GuideSection[] {
  return sections.map((section) => ({
    ...section,
    id: newId(),
    questions: section.questions.map((question) => ({ ...question, id: newId() })),
  }));
}

export default async function NewGuidePage({ searchParams }: Props) {
  const ctx = await requirePageContext();
  if (!roleAtLeast(ctx.role, 'manager')) {
    return <NoAccess what="writing interview guides" who="managers and admins" />;
  }
  const { from } = await searchParams;
  const source = typeof from === 'string' ? await loadGuideOrThrow(ctx, from) : null;
  const values = source
    ? {
        name: `Copy of ${source.name}`,
        description: source.description,
        sections: copyOf(source.current?.sections ?? []),
      }
    : { name: '', description: '', sections: [blankSection()] };

  return (
    <div className="mx-auto max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href="/interviews/guides">← Interview guides</Link>
      </p>
      <PageHeader
        title={source ? `Copy ${source.name}` : 'New interview guide'}
        description="Sections group the questions in the order you ask them. Each question can carry a hint for the interviewer."
      />
      <GuideForm values={values} cancelHref="/interviews/guides" />
    </div>
  );
}
