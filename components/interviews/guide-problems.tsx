'use client';

import type { FieldErrors } from '@/lib/auth/action';
import type { GuideSection } from '@/lib/interviews/vocabulary';
import { questionFieldId } from './guide-question-editor';
import { sectionFieldId } from './guide-section-editor';

type Problem = { href: string | null; text: string };

/**
 * Every problem a refused save reported, where it is now ("Section 2, question 3: …"), each linking
 * to its field. Errors are keyed by section and question ids, so positions follow any reordering
 * made since the save.
 */
export function guideProblems(fieldErrors: FieldErrors | undefined, sections: GuideSection[]): Problem[] {
  if (!fieldErrors) return [];
  const first = (key: string) => fieldErrors[key]?.[0];
  const problems: Problem[] = [];
  const add = (key: string, href: string | null, where: string) => {
    const message = first(key);
    if (message) problems.push({ href, text: `${where}: ${message}` });
  };
  add('name', '#guide-name', 'Name');
  add('description', '#guide-description', 'Description');
  for (const message of fieldErrors.sections ?? []) problems.push({ href: null, text: message });
  sections.forEach((section, s) => {
    const where = `Section ${s + 1}`;
    add(`section.${section.id}.title`, `#${sectionFieldId(section.id, 'title')}`, `${where}, title`);
    add(`section.${section.id}.hint`, `#${sectionFieldId(section.id, 'hint')}`, `${where}, hint`);
    add(`section.${section.id}.questions`, `#${sectionFieldId(section.id, 'add')}`, where);
    section.questions.forEach((question, q) => {
      const at = `${where}, question ${q + 1}`;
      add(`question.${question.id}.prompt`, `#${questionFieldId(question.id, 'prompt')}`, at);
      add(`question.${question.id}.kind`, `#${questionFieldId(question.id, 'kind')}`, at);
      add(`question.${question.id}.hint`, `#${questionFieldId(question.id, 'hint')}`, `${at}, hint`);
      add(`question.${question.id}.options`, `#question-${question.id}-options-0`, `${at}, options`);
    });
  });
  return problems;
}

/** A link to a field moves focus there, not only the scroll position. */
function focusField(event: React.MouseEvent, href: string | null) {
  const field = href ? document.getElementById(href.slice(1)) : null;
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: 'center' });
}

/** The list of problems under the form's message; each links to its field. */
export function GuideProblems({ problems }: { problems: Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="rounded-md border border-red-300 bg-white px-4 py-3 text-sm">
      <p className="font-semibold text-red-900">
        {problems.length === 1 ? 'One thing to fix:' : `${problems.length} things to fix:`}
      </p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {problems.map((problem) => (
          <li key={problem.text + problem.href}>
            {problem.href ? (
              <a href={problem.href} onClick={(event) => focusField(event, problem.href)}>
                {problem.text}
              </a>
            ) : (
              problem.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
