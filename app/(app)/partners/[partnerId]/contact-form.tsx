'use client';

import { useEffect } from 'react';
import { EmailField, PhoneField } from '@/components/partners/reach-fields';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { TextAreaField } from '@/components/ui/textarea-field';
import { useActionForm } from '@/components/ui/use-action-form';
import { VersionFields } from '@/components/ui/version-fields';
import { createContact, updateContact } from '@/lib/partners/contact-actions';

export type ContactValues = {
  id: string;
  version: number;
  name: string;
  role: string;
  email: string;
  phone: string;
  preferredLanguage: string;
  notes: string;
  shareWithViewers: boolean;
  detailsWithheld: boolean;
};

type Props = {
  partnerId: string;
  /** Given when editing an existing contact. */
  contact?: ContactValues;
  onDone: (message: string) => void;
  onCancel: () => void;
};

/** Adds a contact to a partner, or edits one. A refused save keeps what was typed. */
export function ContactForm({ partnerId, contact, onDone, onCancel }: Props) {
  const { state, pending, formProps, fieldError } = useActionForm(contact ? updateContact : createContact, {
    onSuccess: (data) => onDone(contact ? `${data.name} is saved.` : `${data.name} is added.`),
  });
  const prefix = contact ? `contact-${contact.id}` : 'new-contact';
  // The form opens on request, so take the person straight to its first field.
  useEffect(() => document.getElementById(`${prefix}-name`)?.focus(), [prefix]);

  return (
    <form
      {...formProps}
      aria-label={contact ? `Edit ${contact.name}` : 'New contact'}
      className="space-y-4 rounded-md border border-line bg-paper p-4"
    >
      {contact ? (
        <VersionFields idName="contactId" id={contact.id} version={contact.version} />
      ) : (
        <input type="hidden" name="partnerId" value={partnerId} />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={`${prefix}-name`}
          label="Name"
          name="name"
          required
          maxLength={120}
          autoComplete="off"
          defaultValue={contact?.name}
          error={fieldError('name')}
        />
        <TextField
          label="Role"
          name="role"
          maxLength={120}
          autoComplete="off"
          defaultValue={contact?.role}
          hint="For example “Youth program director”."
          error={fieldError('role')}
        />
        <EmailField defaultValue={contact?.email} error={fieldError('email')} />
        <PhoneField defaultValue={contact?.phone} error={fieldError('phone')} />
        <TextField
          label="Preferred language"
          name="preferredLanguage"
          maxLength={60}
          autoComplete="off"
          defaultValue={contact?.preferredLanguage}
          error={fieldError('preferredLanguage')}
        />
      </div>
      <TextAreaField
        label="Notes"
        name="notes"
        rows={3}
        maxLength={2000}
        defaultValue={contact?.notes}
        hint="Only what the work needs. Never immigration status or anything like it."
        error={fieldError('notes')}
      />
      <label className="flex cursor-pointer items-start gap-3 text-sm">
        <input
          type="checkbox"
          name="shareWithViewers"
          defaultChecked={contact?.shareWithViewers ?? false}
          className="mt-0.5 size-4 shrink-0 accent-brand-700"
        />
        <span>
          <span className="block font-medium text-ink">Viewers may see their email, phone and notes</span>
          <span className="block text-muted">
            Tick only when the person has agreed. Otherwise viewers see just their name, role and language.
          </span>
        </span>
      </label>
      <FormMessage state={state && !state.ok ? state : null} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={pending}>
          {contact ? 'Save contact' : 'Add contact'}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
