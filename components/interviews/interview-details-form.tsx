'use client';

import Link from 'next/link';
import { Button, buttonClasses } from '@/components/ui/button';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { RadioCards } from '@/components/ui/radio-cards';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';
import { interviewModes, modeLabels } from '@/lib/interviews/vocabulary';
import { PartnerPicker } from './partner-picker';

type Option = { value: string; label: string; description?: string };

export type InterviewDetailsValues = {
  guideId: string;
  partner: { id: string; name: string } | null;
  intervieweeName: string;
  intervieweeRole: string;
  heldOn: string;
  mode: string;
  place: string;
  interviewerIds: string[];
};

/** Starting an interview (guide, who, when, how, where, interviewers), or editing those details. */
export function InterviewDetailsForm({
  values,
  guides,
  members,
  editing,
  cancelHref,
  save,
  searchPartners,
}: {
  values: InterviewDetailsValues;
  guides: Option[];
  members: Option[];
  editing?: { id: string; version: number; partnerLocked: boolean };
  cancelHref: string;
  /** Starts the interview, or saves the edited details (lib/interviews/actions.ts, from the page). */
  save: FormAction<{ id: string }>;
  /** Finds partners by name for the partner choice. */
  searchPartners: FormAction<{ id: string; name: string }[]>;
}) {
  const { state, pending, formProps, fieldError } = useActionForm(save);
  return (
    <form {...formProps} className="space-y-6">
      {editing ? (
        <>
          <input type="hidden" name="id" value={editing.id} />
          <input type="hidden" name="version" value={editing.version} />
        </>
      ) : (
        <RadioCards
          legend="Guide"
          name="guideId"
          required
          options={guides}
          defaultValue={values.guideId}
          error={fieldError('guideId')}
          columns={1}
        />
      )}
      {editing?.partnerLocked && values.partner ? (
        <>
          <input type="hidden" name="partnerId" value={values.partner.id} />
          <p className="text-sm">
            <span className="font-medium">Partner:</span> {values.partner.name}
          </p>
        </>
      ) : (
        <PartnerPicker
          search={searchPartners}
          name="partnerId"
          label="Partner"
          initial={values.partner}
          hint="Type part of the partner’s name and choose it. Leave empty for someone not yet a partner; you can attach one later."
          error={fieldError('partnerId')}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Interviewee’s name"
          name="intervieweeName"
          defaultValue={values.intervieweeName}
          maxLength={200}
          hint="Needed when no partner is chosen."
          error={fieldError('intervieweeName')}
        />
        <TextField
          label="Their role"
          name="intervieweeRole"
          defaultValue={values.intervieweeRole}
          maxLength={200}
          hint="For example: director, pastor, coach."
          error={fieldError('intervieweeRole')}
        />
        <TextField
          label="Date"
          name="heldOn"
          type="date"
          required
          defaultValue={values.heldOn}
          error={fieldError('heldOn')}
        />
        <SelectField
          label="How"
          name="mode"
          required
          defaultValue={values.mode}
          options={interviewModes.map((mode) => ({ value: mode, label: modeLabels[mode] }))}
          error={fieldError('mode')}
        />
        <TextField
          className="sm:col-span-2"
          label="Where"
          name="place"
          defaultValue={values.place}
          maxLength={200}
          hint="A place, an event, or “by phone”."
          error={fieldError('place')}
        />
      </div>
      <CheckboxGroup
        legend="Interviewers"
        name="interviewerIds"
        options={members}
        defaultValue={values.interviewerIds}
        error={fieldError('interviewerIds')}
        hint="Everyone from the library who took part. Interviewers can read and continue the draft."
      />
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-3 border-t border-line pt-6">
        <Button type="submit" pending={pending}>
          {editing ? 'Save details' : 'Start the interview'}
        </Button>
        <Link href={cancelHref} className={buttonClasses('secondary')}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
