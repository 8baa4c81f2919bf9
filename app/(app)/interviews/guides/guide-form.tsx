'use client';

import Link from 'next/link';
import { useState } from 'react';
import { GuideProblems, guideProblems } from '@/components/interviews/guide-problems';
import { GuideSectionsEditor } from '@/components/interviews/guide-sections-editor';
import { Button, buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { TextAreaField } from '@/components/ui/textarea-field';
import { useActionForm } from '@/components/ui/use-action-form';
import { saveGuide } from '@/lib/interviews/guide-actions';
import { guideLimits } from '@/lib/interviews/guide-validation';
import type { GuideSection } from '@/lib/interviews/vocabulary';

type Props = {
  values: { name: string; description: string; sections: GuideSection[] };
  /** Given when editing: the guide and the version of it the form started from. */
  editing?: { id: string; version: number };
  cancelHref: string;
};

/**
 * Writes a new guide or edits one. The sections are kept in the page's state and sent as JSON; a
 * refused save keeps all of it and shows each problem beside its field and in a list.
 */
export function GuideForm({ values, editing, cancelHref }: Props) {
  const { state, pending, formProps, fieldError } = useActionForm(saveGuide);
  const [sections, setSections] = useState(values.sections);
  const [announcement, setAnnouncement] = useState('');
  // The version this form started from stays the first one, even if the page refreshes beneath it.
  const [startVersion] = useState(editing?.version);
  const problems = state && !state.ok ? guideProblems(state.fieldErrors, sections) : [];

  return (
    <form {...formProps} className="space-y-6">
      {editing ? (
        <>
          <input type="hidden" name="guideId" value={editing.id} />
          <input type="hidden" name="version" value={startVersion ?? editing.version} />
        </>
      ) : null}
      <input type="hidden" name="sections" value={JSON.stringify(sections)} />
      <Card className="space-y-4">
        <TextField
          id="guide-name"
          name="name"
          label="Name"
          required
          defaultValue={values.name}
          maxLength={guideLimits.name}
          hint="Staff pick a guide by its name when they start an interview."
          error={fieldError('name')}
        />
        <TextAreaField
          id="guide-description"
          name="description"
          label="Description"
          rows={2}
          defaultValue={values.description}
          maxLength={guideLimits.description}
          hint="Who the guide is for, or when to use it."
          error={fieldError('description')}
        />
      </Card>
      <GuideSectionsEditor
        sections={sections}
        onChange={setSections}
        announce={setAnnouncement}
        fieldError={fieldError}
      />
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {/* Beside the button, where the person is looking when a save is refused. */}
      <div className="space-y-3">
        <FormMessage state={state} />
        <GuideProblems problems={problems} />
      </div>
      <div className="flex flex-wrap gap-3 border-t border-line pt-6">
        <Button type="submit" pending={pending}>
          {editing ? 'Save guide' : 'Create guide'}
        </Button>
        <Link href={cancelHref} className={buttonClasses('secondary')}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
