'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { createPartner, updatePartner } from '@/lib/partners/actions';
import type { PartnerFormValues } from './form-values';
import {
  AboutFields,
  LocationFields,
  type LocationMap,
  ReachFields,
  RelationshipFields,
} from './partner-form-sections';

type Option = { value: string; label: string };

type Props = {
  values: PartnerFormValues;
  /** Given when editing: the partner and the version the form started from. */
  editing?: { id: string; version: number };
  branches: Option[];
  owners: Option[];
  suggestions: string[];
  cancelHref: string;
  /** The base map and branches for the small map of the point. */
  map: LocationMap;
};

export type FieldError = (name: string) => string | undefined;

/** Adds a partner, or edits one when `editing` is given. A refused save keeps everything typed. */
export function PartnerForm({ values, editing, branches, owners, suggestions, cancelHref, map }: Props) {
  const { state, pending, formProps, fieldError } = useActionForm(editing ? updatePartner : createPartner);
  // The reader's time zone, so that "changed at 3:42 PM" is in their own time.
  const [timeZone, setTimeZone] = useState('');
  // The fields keep what was first shown and typed even if the page is refreshed underneath them, so
  // the version they started from must stay the first one too, or a refresh would let a stale edit
  // through as if it were fresh.
  const [startVersion] = useState(editing?.version);
  useEffect(() => setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);

  return (
    <form {...formProps} className="space-y-8">
      {editing ? (
        <>
          <input type="hidden" name="id" value={editing.id} />
          {/* The version this form was shown with: a save on top of someone else's is refused. */}
          <input type="hidden" name="version" value={startVersion ?? editing.version} />
          <input type="hidden" name="timeZone" value={timeZone} />
        </>
      ) : null}
      <AboutFields values={values} fieldError={fieldError} suggestions={suggestions} />
      <LocationFields values={values} fieldError={fieldError} map={map} />
      <ReachFields values={values} fieldError={fieldError} />
      <RelationshipFields values={values} fieldError={fieldError} branches={branches} owners={owners} />
      {/* Beside the button, where the person is looking when a save is refused. */}
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-3 border-t border-line pt-6">
        <Button type="submit" pending={pending}>
          {editing ? 'Save changes' : 'Add partner'}
        </Button>
        <Link href={cancelHref} className={buttonClasses('secondary')}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
