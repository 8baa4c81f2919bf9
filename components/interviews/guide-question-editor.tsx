'use client';

import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { guideLimits, isListKind, questionKindLabels } from '@/lib/interviews/guide-validation';
import type { GuideQuestion } from '@/lib/interviews/vocabulary';
import { type QuestionKind, questionKinds } from '@/lib/interviews/vocabulary';
import { withKind } from './guide-draft';
import { GuideOptionsEditor } from './guide-options-editor';

export type FieldErrorOf = (key: string) => string | undefined;
export type Direction = 'up' | 'down';

type Props = {
  question: GuideQuestion;
  /** 1-based, within its section. */
  number: number;
  sectionNumber: number;
  canMoveUp: boolean;
  canMoveDown: boolean;
  fieldError: FieldErrorOf;
  onChange: (question: GuideQuestion) => void;
  onMove: (direction: Direction) => void;
  onRemove: () => void;
};

const kindOptions = questionKinds.map((kind) => ({ value: kind, label: questionKindLabels[kind] }));

const kindHints: Record<QuestionKind, string> = {
  long_text: 'Room for a few paragraphs.',
  short_text: 'A line or two.',
  single_choice: 'One choice from the options below.',
  multi_choice: 'Any number of the options below.',
  scale: 'A number from 1 to 5; say in the hint what 1 and 5 mean.',
  referrals: 'People to talk to next: name, organization, how to reach them, why.',
};

/** The id of a question's control, for focus and for links from the list of problems. */
export const questionFieldId = (id: string, field: 'kind' | 'prompt' | 'hint' | 'move-up' | 'move-down') =>
  `question-${id}-${field}`;

/** One question of a section: its kind, prompt, hint and options, and buttons to move or remove it. */
export function GuideQuestionEditor({
  question,
  number,
  sectionNumber,
  canMoveUp,
  canMoveDown,
  fieldError,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const id = question.id;
  const error = (field: string) => fieldError(`question.${id}.${field}`);
  const where = `question ${number} of section ${sectionNumber}`;

  return (
    <fieldset
      data-question-id={id}
      className="space-y-4 rounded-md border border-line bg-paper/60 p-4"
      aria-label={`Question ${number}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-semibold text-ink" aria-hidden="true">
          Question {number}
        </p>
        <div className="flex flex-wrap gap-1">
          <Button
            id={questionFieldId(id, 'move-up')}
            variant="secondary"
            size="sm"
            disabled={!canMoveUp}
            onClick={() => onMove('up')}
          >
            Move up<span className="sr-only"> {where}</span>
          </Button>
          <Button
            id={questionFieldId(id, 'move-down')}
            variant="secondary"
            size="sm"
            disabled={!canMoveDown}
            onClick={() => onMove('down')}
          >
            Move down<span className="sr-only"> {where}</span>
          </Button>
          <Button variant="ghost" size="sm" onClick={onRemove} className="text-red-800 hover:bg-red-50">
            Remove<span className="sr-only"> {where}</span>
          </Button>
        </div>
      </div>
      <div className="grid gap-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <TextField
          id={questionFieldId(id, 'prompt')}
          label="Question"
          required
          value={question.prompt}
          maxLength={guideLimits.prompt}
          onChange={(event) => onChange({ ...question, prompt: event.target.value })}
          error={error('prompt')}
        />
        <SelectField
          id={questionFieldId(id, 'kind')}
          label="Answer"
          required
          options={kindOptions}
          value={question.kind}
          onChange={(event) => onChange(withKind(question, event.target.value as QuestionKind))}
          hint={kindHints[question.kind]}
          error={error('kind')}
        />
      </div>
      <TextField
        id={questionFieldId(id, 'hint')}
        label="Hint for the interviewer"
        value={question.hint}
        maxLength={guideLimits.hint}
        onChange={(event) => onChange({ ...question, hint: event.target.value })}
        error={error('hint')}
      />
      {isListKind(question.kind) ? (
        <GuideOptionsEditor
          questionId={id}
          options={question.options}
          multiple={question.kind === 'multi_choice'}
          error={error('options')}
          onChange={(options) => onChange({ ...question, options })}
        />
      ) : null}
    </fieldset>
  );
}
