'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { RadioCards } from '@/components/ui/radio-cards';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';
import type { MailSettingsView } from '@/lib/mail/server';

type Props = {
  own: MailSettingsView['own'];
  /** The deployment's server in words, or null when it has none. */
  deployment: string | null;
  save: FormAction<{ saved: boolean }>;
};

const securityOptions = [
  { value: 'starttls', label: 'STARTTLS when offered (usually port 587)' },
  { value: 'tls', label: 'TLS from the start (usually port 465)' },
  { value: 'none', label: 'None (a server on this machine only)' },
];

/** The deployment's mail server, or the organization's own. */
export function MailForm({ own, deployment, save }: Props) {
  const [server, setServer] = useState(own ? 'own' : 'deployment');
  const { state, pending, formProps, fieldError } = useActionForm(save);
  return (
    <form {...formProps} className="mt-4 space-y-5">
      <FormMessage state={state} success="Mail settings saved." />
      <RadioCards
        legend="Send through"
        name="server"
        defaultValue={server}
        onChange={setServer}
        options={[
          {
            value: 'deployment',
            label: 'The server Partner Atlas is set up with',
            description:
              deployment ?? 'None is set up (SMTP_URL): no reminders are sent until you choose your own.',
          },
          {
            value: 'own',
            label: 'Your library’s own server',
            description: 'Its host, port and account below.',
          },
        ]}
      />
      {server === 'own' ? (
        <div className="space-y-4">
          <TextField
            label="Host"
            name="host"
            defaultValue={own?.host ?? ''}
            error={fieldError('host')}
            required
          />
          <div className="grid gap-4 sm:grid-cols-[8rem_1fr]">
            <TextField
              label="Port"
              name="port"
              inputMode="numeric"
              defaultValue={String(own?.port ?? 587)}
              error={fieldError('port')}
              required
            />
            <SelectField
              label="Security"
              name="security"
              options={securityOptions}
              defaultValue={own?.security ?? 'starttls'}
              error={fieldError('security')}
            />
          </div>
          <TextField
            label="User name"
            name="username"
            autoComplete="off"
            defaultValue={own?.username ?? ''}
            error={fieldError('username')}
          />
          <TextField
            label="Password"
            name="password"
            type="password"
            autoComplete="new-password"
            hint={own?.hasPassword ? 'Leave blank to keep the saved password.' : undefined}
            error={fieldError('password')}
          />
          <TextField
            label="From"
            name="from"
            hint="The sender people see, e.g. Partner Atlas <atlas@library.example>."
            defaultValue={own?.from ?? ''}
            error={fieldError('from')}
            required
          />
        </div>
      ) : null}
      <Button type="submit" disabled={pending}>
        Save mail settings
      </Button>
    </form>
  );
}
