'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { TextAreaField } from '@/components/ui/textarea-field';
import { useActionForm } from '@/components/ui/use-action-form';
import { createResource, updateResource } from '@/lib/resources/actions';
import { resourceMoments } from '@/lib/resources/moments';
import { resourceLimits } from '@/lib/resources/validation';
import { kindOptions, topicOptions } from '@/lib/resources/vocabulary';

export type ResourceFormValues = {
  title: string;
  url: string;
  creator: string;
  year: string;
  kind: string;
  summary: string;
  topics: string[];
  moment: string;
};

export const emptyResourceValues: ResourceFormValues = {
  title: '',
  url: '',
  creator: '',
  year: '',
  kind: '',
  summary: '',
  topics: [],
  moment: '',
};

type Props = {
  values: ResourceFormValues;
  /** Given when editing: the resource and the version the form started from. */
  editing?: { id: string; version: number };
};

const momentOptions = [
  { value: '', label: 'Let its topics decide' },
  ...resourceMoments.map((moment) => ({ value: moment.key, label: moment.label })),
];

/** Adds one of the library's own resources, or edits one. A refused save keeps everything typed. */
export function ResourceForm({ values, editing }: Props) {
  const { state, pending, formProps, fieldError } = useActionForm(editing ? updateResource : createResource);
  // The version the form was first shown with, even if the page refreshes underneath it.
  const [startVersion] = useState(editing?.version);

  return (
    <form {...formProps} className="space-y-6">
      {editing ? (
        <>
          <input type="hidden" name="id" value={editing.id} />
          <input type="hidden" name="version" value={startVersion ?? editing.version} />
        </>
      ) : null}
      <TextField
        label="Title"
        name="title"
        required
        maxLength={resourceLimits.title}
        defaultValue={values.title}
        error={fieldError('title')}
      />
      <TextField
        label="Web address"
        name="url"
        type="url"
        inputMode="url"
        maxLength={resourceLimits.url}
        defaultValue={values.url}
        hint="Where people open it, starting with https://. Leave it empty for something on paper or in a shared folder: the list says so instead of showing a link."
        error={fieldError('url')}
      />
      <div className="grid gap-6 sm:grid-cols-[2fr_1fr]">
        <TextField
          label="Creator"
          name="creator"
          maxLength={resourceLimits.creator}
          defaultValue={values.creator}
          hint="Who wrote or published it, e.g. your library’s board."
          error={fieldError('creator')}
        />
        <TextField
          label="Year"
          name="year"
          inputMode="numeric"
          maxLength={4}
          defaultValue={values.year}
          error={fieldError('year')}
        />
      </div>
      <SelectField
        label="Kind"
        name="kind"
        required
        defaultValue={values.kind}
        options={[{ value: '', label: 'Choose a kind…' }, ...kindOptions]}
        error={fieldError('kind')}
      />
      <TextAreaField
        label="Summary"
        name="summary"
        rows={3}
        maxLength={resourceLimits.summary}
        defaultValue={values.summary}
        hint="One or two sentences: what it is and when it helps."
        error={fieldError('summary')}
      />
      <CheckboxGroup
        legend="Topics"
        name="topics"
        options={topicOptions}
        defaultValue={values.topics}
        hint="Topics decide where it is suggested beside the work: partnerships on partner pages, asset mapping on the map, interviews beside interviews."
        error={fieldError('topics')}
      />
      <SelectField
        label="When it helps most"
        name="moment"
        defaultValue={values.moment}
        options={momentOptions}
        hint="The group it is listed under on this page."
        error={fieldError('moment')}
      />
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-3 border-t border-line pt-6">
        <Button type="submit" pending={pending}>
          {editing ? 'Save changes' : 'Add resource'}
        </Button>
        <Link href="/resources" className={buttonClasses('secondary')}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
