'use client';

import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { TextField } from '@/components/ui/field';
import { TextAreaField } from '@/components/ui/textarea-field';
import { guideLimits } from '@/lib/interviews/guide-validation';
import type { GuideQuestion, GuideSection } from '@/lib/interviews/vocabulary';
import { type Direction, type FieldErrorOf, GuideQuestionEditor } from './guide-question-editor';

type Props = {
  section: GuideSection;
  /** 1-based. */
  number: number;
  isFirst: boolean;
  isLast: boolean;
  fieldError: FieldErrorOf;
  onChange: (section: GuideSection) => void;
  onMove: (direction: Direction) => void;
  onRemove: () => void;
  onAddQuestion: () => void;
  onMoveQuestion: (questionId: string, direction: Direction) => void;
  onRemoveQuestion: (questionId: string) => void;
};

/** The id of a section's control, for focus and for links from the list of problems. */
export const sectionFieldId = (id: string, field: 'title' | 'hint' | 'move-up' | 'move-down' | 'add') =>
  `section-${id}-${field}`;

/** One section: its title and hint, its questions in order, and buttons to move or remove it. */
export function GuideSectionEditor({
  section,
  number,
  isFirst,
  isLast,
  fieldError,
  onChange,
  onMove,
  onRemove,
  onAddQuestion,
  onMoveQuestion,
  onRemoveQuestion,
}: Props) {
  const id = section.id;
  const headingId = `section-${id}-heading`;
  const count = section.questions.length;
  const updateQuestion = (next: GuideQuestion) =>
    onChange({ ...section, questions: section.questions.map((q) => (q.id === next.id ? next : q)) });
  const questionsError = fieldError(`section.${id}.questions`);
  const removeButton = (
    <Button
      variant="ghost"
      size="sm"
      className="text-red-800 hover:bg-red-50"
      onClick={count ? undefined : onRemove}
    >
      Remove section<span className="sr-only"> {number}</span>
    </Button>
  );

  return (
    <section
      aria-labelledby={headingId}
      data-section-id={id}
      className="space-y-4 rounded-lg border border-line bg-white p-4 shadow-sm sm:p-5"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold text-ink">
          Section {number}
          {section.title.trim() ? <span className="font-normal text-muted">: {section.title}</span> : null}
        </h2>
        <div className="flex flex-wrap gap-1">
          <Button
            id={sectionFieldId(id, 'move-up')}
            variant="secondary"
            size="sm"
            disabled={isFirst}
            onClick={() => onMove('up')}
          >
            Move up<span className="sr-only"> section {number}</span>
          </Button>
          <Button
            id={sectionFieldId(id, 'move-down')}
            variant="secondary"
            size="sm"
            disabled={isLast}
            onClick={() => onMove('down')}
          >
            Move down<span className="sr-only"> section {number}</span>
          </Button>
          {count ? (
            <ConfirmDialog
              trigger={removeButton}
              title={`Remove section ${number}?`}
              description={`Its ${count === 1 ? 'question goes' : `${count} questions go`} with it. Nothing is saved until you save the guide.`}
              confirmLabel="Remove section"
              tone="danger"
              onConfirm={onRemove}
            />
          ) : (
            removeButton
          )}
        </div>
      </div>
      <TextField
        id={sectionFieldId(id, 'title')}
        label="Section title"
        required
        value={section.title}
        maxLength={guideLimits.title}
        onChange={(event) => onChange({ ...section, title: event.target.value })}
        error={fieldError(`section.${id}.title`)}
      />
      <TextAreaField
        id={sectionFieldId(id, 'hint')}
        label="Hint for the interviewer"
        rows={2}
        value={section.hint}
        maxLength={guideLimits.hint}
        onChange={(event) => onChange({ ...section, hint: event.target.value })}
        error={fieldError(`section.${id}.hint`)}
      />
      {count === 0 ? (
        <p className="text-sm text-muted">
          No questions yet. A section without questions is an introduction: its hint is what the interviewer
          says.
        </p>
      ) : (
        <ol className="space-y-3">
          {section.questions.map((question, index) => (
            <li key={question.id}>
              <GuideQuestionEditor
                question={question}
                number={index + 1}
                sectionNumber={number}
                canMoveUp={!(isFirst && index === 0)}
                canMoveDown={!(isLast && index === count - 1)}
                fieldError={fieldError}
                onChange={updateQuestion}
                onMove={(direction) => onMoveQuestion(question.id, direction)}
                onRemove={() => onRemoveQuestion(question.id)}
              />
            </li>
          ))}
        </ol>
      )}
      {questionsError ? <p className="text-sm font-medium text-red-700">{questionsError}</p> : null}
      <Button id={sectionFieldId(id, 'add')} variant="secondary" size="sm" onClick={onAddQuestion}>
        Add a question<span className="sr-only"> to section {number}</span>
      </Button>
    </section>
  );
}
