'use client';

import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import type { GuideSection } from '@/lib/interviews/vocabulary';
import { blankQuestion, blankSection, findQuestion, moveItem, moveQuestion } from './guide-draft';
import { type Direction, type FieldErrorOf, questionFieldId } from './guide-question-editor';
import { GuideSectionEditor, sectionFieldId } from './guide-section-editor';

type Props = {
  sections: GuideSection[];
  onChange: (sections: GuideSection[]) => void;
  /** Says something to screen-reader users through the form's live region. */
  announce: (message: string) => void;
  fieldError: FieldErrorOf;
};

/** The first of these element ids that can take focus. */
function focusFirst(ids: string[]) {
  for (const id of ids) {
    const element = document.getElementById(id) as HTMLButtonElement | HTMLInputElement | null;
    if (element && !element.disabled) {
      element.focus();
      return;
    }
  }
}

const label = (text: string, fallback: string) => (text.trim() ? `“${text.trim()}”` : fallback);

/**
 * The ordered sections of a guide. Moving an item keeps focus on the same button of the moved item
 * (or its other move button at an end), and says where it went in the live region.
 */
export function GuideSectionsEditor({ sections, onChange, announce, fieldError }: Props) {
  // Element ids to focus once React has drawn the change, in order of preference.
  const focusNext = useRef<string[] | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once the changed sections are drawn
  useEffect(() => {
    const ids = focusNext.current;
    if (!ids) return;
    focusNext.current = null;
    focusFirst(ids);
    // A closing dialog (removing a section) returns focus to its trigger a moment later; that
    // trigger is gone, so focus would fall to the page.
    const timer = setTimeout(() => {
      if (!document.activeElement || document.activeElement === document.body) focusFirst(ids);
    }, 0);
    return () => clearTimeout(timer);
  }, [sections]);

  const change = (next: GuideSection[], focus: string[], message?: string) => {
    focusNext.current = focus;
    onChange(next);
    if (message) announce(message);
  };

  const moveSection = (index: number, direction: Direction) => {
    const to = direction === 'up' ? index - 1 : index + 1;
    const section = sections[index];
    if (!section || to < 0 || to >= sections.length) return;
    const other = direction === 'up' ? 'down' : 'up';
    change(
      moveItem(sections, index, to),
      [sectionFieldId(section.id, `move-${direction}`), sectionFieldId(section.id, `move-${other}`)],
      `Section ${label(section.title, String(index + 1))} moved to position ${to + 1} of ${sections.length}.`,
    );
  };

  const moveOneQuestion = (id: string, direction: Direction) => {
    const moved = moveQuestion(sections, id, direction);
    const from = findQuestion(sections, id);
    if (!moved || !from) return;
    const question = sections[from.section]!.questions[from.question]!;
    const other = direction === 'up' ? 'down' : 'up';
    const target = moved.sections[moved.to.section]!;
    const where =
      moved.to.section === from.section
        ? `position ${moved.to.question + 1} of ${target.questions.length}`
        : `section ${moved.to.section + 1}, position ${moved.to.question + 1} of ${target.questions.length}`;
    change(
      moved.sections,
      [questionFieldId(id, `move-${direction}`), questionFieldId(id, `move-${other}`)],
      `Question ${label(question.prompt, '')} moved to ${where}.`.replace('  ', ' '),
    );
  };

  const removeQuestion = (sectionIndex: number, id: string) => {
    const section = sections[sectionIndex]!;
    const index = section.questions.findIndex((q) => q.id === id);
    const rest = section.questions.filter((q) => q.id !== id);
    const neighbour = rest[Math.min(index, rest.length - 1)];
    const next = sections.map((s, i) => (i === sectionIndex ? { ...s, questions: rest } : s));
    change(
      next,
      [...(neighbour ? [questionFieldId(neighbour.id, 'prompt')] : []), sectionFieldId(section.id, 'add')],
      `Question ${index + 1} of section ${sectionIndex + 1} removed.`,
    );
  };

  const addQuestion = (sectionIndex: number) => {
    const question = blankQuestion();
    const next = sections.map((s, i) =>
      i === sectionIndex ? { ...s, questions: [...s.questions, question] } : s,
    );
    change(next, [questionFieldId(question.id, 'prompt')]);
  };

  const removeSection = (index: number) => {
    const rest = sections.filter((_, i) => i !== index);
    const neighbour = rest[Math.min(index, rest.length - 1)];
    change(
      rest,
      [...(neighbour ? [sectionFieldId(neighbour.id, 'title')] : []), 'guide-add-section'],
      `Section ${index + 1} removed.`,
    );
  };

  const addSection = () => {
    const section = blankSection();
    change([...sections, section], [sectionFieldId(section.id, 'title')]);
  };

  return (
    <div className="space-y-4">
      {sections.length === 0 ? (
        <p className="rounded-md border border-dashed border-line p-4 text-sm text-muted">
          A guide needs at least one section with a question. Add one below.
        </p>
      ) : (
        <ol className="space-y-4">
          {sections.map((section, index) => (
            <li key={section.id}>
              <GuideSectionEditor
                section={section}
                number={index + 1}
                isFirst={index === 0}
                isLast={index === sections.length - 1}
                fieldError={fieldError}
                onChange={(next) => onChange(sections.map((s) => (s.id === next.id ? next : s)))}
                onMove={(direction) => moveSection(index, direction)}
                onRemove={() => removeSection(index)}
                onAddQuestion={() => addQuestion(index)}
                onMoveQuestion={moveOneQuestion}
                onRemoveQuestion={(id) => removeQuestion(index, id)}
              />
            </li>
          ))}
        </ol>
      )}
      <Button id="guide-add-section" variant="secondary" onClick={addSection}>
        Add a section
      </Button>
    </div>
  );
}
