'use client';

import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ContactForm, type ContactValues } from './contact-form';
import { RemoveContact } from './remove-contact';

type Props = {
  partnerId: string;
  contacts: ContactValues[];
  canEdit: boolean;
  /** Managers and admins may also forget a contact everywhere they are mentioned. */
  canForget: boolean;
};

function ContactDetails({ contact }: { contact: ContactValues }) {
  return (
    <div className="space-y-1 text-sm">
      <p className="font-medium text-ink">
        {contact.name}
        {contact.role ? <span className="font-normal text-muted"> · {contact.role}</span> : null}
      </p>
      {contact.email ? (
        <p className="break-all">
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </p>
      ) : null}
      {contact.phone ? (
        <p>
          <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
        </p>
      ) : null}
      {contact.preferredLanguage ? <p className="text-muted">Prefers {contact.preferredLanguage}</p> : null}
      {contact.notes ? <p className="whitespace-pre-line text-muted">{contact.notes}</p> : null}
      {contact.detailsWithheld ? (
        <p className="text-muted italic">Their email, phone and notes are shown to staff only.</p>
      ) : null}
    </div>
  );
}

/** The people at a partner; staff add, edit and remove them in place. */
export function ContactsSection({ partnerId, contacts, canEdit, canForget }: Props) {
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const addArea = useRef<HTMLDivElement>(null);

  const close = () => {
    setEditing(null);
    // Back to a stable place for keyboard users once the form has gone.
    requestAnimationFrame(() => addArea.current?.querySelector('button')?.focus());
  };
  const done = (message: string) => {
    close();
    // The action revalidates, so the page arrives again with the list as saved.
    setAnnouncement(message);
  };

  return (
    <div className="mt-4 space-y-4">
      <p aria-live="polite" className="text-sm text-emerald-800">
        {announcement}
      </p>
      {contacts.length === 0 ? (
        <p className="text-muted">No contacts recorded yet.</p>
      ) : (
        <ul className="divide-y divide-line rounded-md border border-line">
          {contacts.map((contact) => (
            <li key={contact.id} className="p-4">
              {editing === contact.id ? (
                <ContactForm partnerId={partnerId} contact={contact} onDone={done} onCancel={close} />
              ) : (
                <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                  <ContactDetails contact={contact} />
                  {canEdit ? (
                    <div className="flex shrink-0 gap-2">
                      <Button variant="secondary" size="sm" onClick={() => setEditing(contact.id)}>
                        Edit<span className="sr-only"> {contact.name}</span>
                      </Button>
                      <RemoveContact contact={contact} canForget={canForget} onRemoved={done} />
                    </div>
                  ) : null}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <div ref={addArea}>
          {editing === 'new' ? (
            <ContactForm partnerId={partnerId} onDone={done} onCancel={close} />
          ) : (
            <Button variant="secondary" onClick={() => setEditing('new')}>
              Add a contact
            </Button>
          )}
        </div>
      ) : null}
    </div>
  );
}
