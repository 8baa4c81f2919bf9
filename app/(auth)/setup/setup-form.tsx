'use client';

import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { TimeZoneField } from '@/components/ui/time-zone-field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

/** `timeZones`: every zone to choose from; the field starts from this device's. `setUp`: the page's action. */
export function SetupForm({
  timeZones,
  setUp,
}: {
  timeZones: { value: string; label: string }[];
  setUp: FormAction<null>;
}) {
  const { state, pending, formProps, fieldError } = useActionForm(setUp);
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage state={state} />
      <TextField
        label="Library system name"
        name="organizationName"
        required
        autoComplete="organization"
        hint="As your staff and board know it, for example “Riverbend Public Library”."
        error={fieldError('organizationName')}
      />
      <TimeZoneField
        options={timeZones}
        defaultValue="UTC"
        suggestDevice
        hint="Where your library is: every date and time your staff see follows it. Admins can change it later in Settings."
        error={fieldError('timeZone')}
      />
      <fieldset className="space-y-4 border-t border-line pt-4">
        <legend className="pt-2 text-sm font-semibold text-ink">Your admin account</legend>
        <TextField label="Your name" name="name" required autoComplete="name" error={fieldError('name')} />
        <TextField
          label="Email"
          name="email"
          type="email"
          required
          autoComplete="email"
          error={fieldError('email')}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          required
          autoComplete="new-password"
          hint="At least 12 characters. A short sentence is easy to remember and hard to guess."
          error={fieldError('password')}
        />
        <TextField
          label="Confirm password"
          name="confirmPassword"
          type="password"
          required
          autoComplete="new-password"
          error={fieldError('confirmPassword')}
        />
      </fieldset>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="alsoHost" className="mt-0.5 size-4 shrink-0 accent-brand-700" />
        <span>
          <span className="block text-ink">I also host other library systems</span>
          <span className="block text-muted">
            For a state library or consortium: you also get the host console, where you create and suspend
            library systems.
          </span>
        </span>
      </label>
      <Button type="submit" pending={pending} className="w-full">
        Create the organization
      </Button>
    </form>
  );
}
