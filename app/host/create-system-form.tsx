'use client';

import { useState } from 'react';
import { InvitationLinkNotice, type Mailed } from '@/components/settings/invitation-link-notice';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { RadioCards } from '@/components/ui/radio-cards';
import { TimeZoneField } from '@/components/ui/time-zone-field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';
import { AdminPasswordNotice } from './admin-password-notice';

type Created = {
  orgId: string;
  name: string;
  adminEmail: string;
  oneTimePassword: string | null;
  /** When the host chose an invitation: the link, shown once, and its last day (UTC). */
  invitationLink: { link: string; expiresOn: string; mailed: Mailed } | null;
};

const adminMethods = [
  {
    value: 'password',
    label: 'One-time password',
    description: 'Shown here once. An address that already has an account keeps its password.',
  },
  {
    value: 'invitation',
    label: 'Invitation link',
    description: 'Shown here once: they open it, then set a password or sign in. Works once, for 7 days.',
  },
];

export function CreateSystemForm({
  timeZones,
  create,
}: {
  timeZones: { value: string; label: string }[];
  create: FormAction<Created>;
}) {
  // A new key starts a fresh form (and forgets the password shown) for "Create another".
  const [round, setRound] = useState(0);
  return (
    <CreateRound key={round} timeZones={timeZones} create={create} again={() => setRound((n) => n + 1)} />
  );
}

function CreateRound({
  timeZones,
  create,
  again,
}: {
  timeZones: { value: string; label: string }[];
  create: FormAction<Created>;
  again: () => void;
}) {
  const { state, pending, formProps, fieldError } = useActionForm(create);
  if (state?.ok) {
    const created = state.data;
    return (
      <div className="mt-4 space-y-4">
        {created.invitationLink ? (
          <InvitationLinkNotice
            title={`${created.name} is created`}
            email={created.adminEmail}
            link={created.invitationLink.link}
            expiresOn={`${created.invitationLink.expiresOn} (UTC)`}
            mailed={created.invitationLink.mailed}
            joins="it as its first admin"
            ifLost="Copy it now: the console cannot show it again."
            focusOnShow
          />
        ) : created.oneTimePassword ? (
          <AdminPasswordNotice
            system={created.name}
            email={created.adminEmail}
            password={created.oneTimePassword}
          />
        ) : (
          <section
            aria-labelledby="created-heading"
            className="rounded-lg border border-emerald-300 bg-emerald-50 p-5 text-emerald-950"
          >
            <h3 id="created-heading" className="text-lg font-semibold">
              {created.name} is created
            </h3>
            <p className="mt-2 text-sm">
              {created.adminEmail} already had a Partner Atlas account: it is now this system’s admin and
              signs in with its own password.
            </p>
          </section>
        )}
        <Button variant="secondary" onClick={again}>
          Create another library system
        </Button>
      </div>
    );
  }
  return (
    <form {...formProps} className="mt-4 space-y-4">
      <FormMessage state={state} />
      <TextField
        label="Library system name"
        name="name"
        required
        autoComplete="off"
        hint="As its staff know it, for example “Skagit Valley Libraries”."
        error={fieldError('name')}
      />
      <TimeZoneField
        options={timeZones}
        defaultValue="America/Los_Angeles"
        suggestDevice={false}
        hint="Where the library is: every date its staff see follows it."
        error={fieldError('timeZone')}
      />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-1 text-sm font-semibold text-ink">Where the map opens</legend>
        <TextField
          label="Latitude"
          name="mapCenterLat"
          inputMode="decimal"
          required
          hint="For example 48.42"
          error={fieldError('mapCenterLat')}
        />
        <TextField
          label="Longitude"
          name="mapCenterLng"
          inputMode="decimal"
          required
          hint="For example -122.33"
          error={fieldError('mapCenterLng')}
        />
      </fieldset>
      <fieldset className="space-y-4 border-t border-line pt-4">
        <legend className="pt-2 text-sm font-semibold text-ink">Its first admin</legend>
        <TextField
          label="Admin’s name"
          name="adminName"
          required
          autoComplete="off"
          error={fieldError('adminName')}
        />
        <TextField
          label="Admin’s email"
          name="adminEmail"
          type="email"
          required
          autoComplete="off"
          error={fieldError('adminEmail')}
        />
        <RadioCards
          legend="How the admin gets in"
          name="adminMethod"
          required
          options={adminMethods}
          defaultValue="password"
          error={fieldError('adminMethod')}
        />
      </fieldset>
      <Button type="submit" pending={pending} className="w-full">
        Create the library system
      </Button>
    </form>
  );
}
