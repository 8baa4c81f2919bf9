'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { RadioCards } from '@/components/ui/radio-cards';
import { TextAreaField } from '@/components/ui/textarea-field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';
import type { SsoSettingsView } from '@/lib/sso/loaders';

type Props = {
  settings: SsoSettingsView | null;
  admins: { membershipId: string; name: string; email: string }[];
  save: FormAction<{ saved: boolean }>;
};

const kinds = [
  {
    value: 'entra',
    label: 'Microsoft Entra ID',
    description: 'Microsoft 365 accounts. Needs your tenant (directory) ID.',
  },
  { value: 'google', label: 'Google Workspace', description: 'Google accounts of your Workspace domains.' },
  { value: 'oidc', label: 'Another provider', description: 'Any OpenID Connect provider: Okta, Keycloak, …' },
];

const roles = [
  { value: 'viewer', label: 'Viewer: reads records' },
  { value: 'staff', label: 'Staff: adds and edits partners and interviews' },
  { value: 'manager', label: 'Manager: all records and dashboards' },
];

/** The organization's identity provider, who may use it, and whether passwords still open the app. */
export function SsoForm({ settings, admins, save }: Props) {
  const [kind, setKind] = useState<string>(settings?.kind ?? 'entra');
  const [passwordOff, setPasswordOff] = useState(settings?.passwordSignInOff ?? false);
  const { state, pending, formProps, fieldError } = useActionForm(save);
  return (
    <form {...formProps} className="mt-4 space-y-5">
      <FormMessage state={state} success="Sign-in settings saved." />
      <RadioCards
        legend="Provider"
        name="kind"
        defaultValue={kind}
        onChange={setKind}
        columns={3}
        options={kinds}
        error={fieldError('kind')}
        required
      />
      {kind === 'entra' ? (
        <TextField
          label="Directory (tenant) ID"
          name="tenant"
          defaultValue={settings?.tenant ?? ''}
          hint="Entra admin center, Overview: the Tenant ID."
          error={fieldError('tenant')}
          required
        />
      ) : null}
      {kind === 'oidc' ? (
        <TextField
          label="Issuer"
          name="issuer"
          type="url"
          defaultValue={settings?.kind === 'oidc' ? settings.issuer : ''}
          hint="The address whose /.well-known/openid-configuration describes the provider."
          error={fieldError('issuer')}
          required
        />
      ) : null}
      <TextField
        label="Client ID"
        name="clientId"
        autoComplete="off"
        defaultValue={settings?.clientId ?? ''}
        error={fieldError('clientId')}
        required
      />
      <TextField
        label="Client secret"
        name="clientSecret"
        type="password"
        autoComplete="new-password"
        hint={
          settings?.hasSecret
            ? 'A secret is saved and is never shown again. Leave blank to keep it.'
            : 'Stored encrypted; never shown again.'
        }
        error={fieldError('clientSecret')}
        required={!settings}
      />
      <TextAreaField
        label="Allowed email domains"
        name="allowedDomains"
        rows={2}
        defaultValue={settings?.allowedDomains.join('\n') ?? ''}
        hint="One per line, e.g. cascadesound.org. People type their email on the sign-in page and are sent to this provider when the domain matches; nobody else gets in through it."
        error={fieldError('allowedDomains')}
        required
      />
      <SelectField
        label="Role for new people"
        name="defaultRole"
        options={roles}
        defaultValue={settings?.defaultRole ?? 'staff'}
        error={fieldError('defaultRole')}
        required
      />
      <RadioCards
        legend="Someone signs in for the first time"
        name="newPeople"
        defaultValue={settings?.newPeople ?? 'join'}
        error={fieldError('newPeople')}
        required
        options={[
          { value: 'join', label: 'They join at once', description: 'With the role above.' },
          {
            value: 'approve',
            label: 'An admin approves them first',
            description: 'They wait on this page until an admin approves or turns them down.',
          },
        ]}
      />
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="enabled"
          defaultChecked={settings?.enabled ?? true}
          className="mt-0.5 size-4 accent-brand-700"
        />
        <span>Offer “Sign in with …” on the sign-in page</span>
      </label>
      <fieldset className="space-y-3 rounded-md border border-line p-3">
        <legend className="px-1 text-sm font-medium">Passwords</legend>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            name="passwordSignInOff"
            checked={passwordOff}
            onChange={(event) => setPasswordOff(event.target.checked)}
            className="mt-0.5 size-4 accent-brand-700"
          />
          <span>Turn password sign-in off for this library system, except for one admin</span>
        </label>
        {passwordOff ? (
          <SelectField
            label="Admin who may still sign in with a password"
            name="breakGlassMembershipId"
            hint="For when the provider is down or misconfigured. Keep their password somewhere safe."
            defaultValue={settings?.breakGlassMembershipId ?? ''}
            options={[
              { value: '', label: 'Choose an admin' },
              ...admins.map((admin) => ({
                value: admin.membershipId,
                label: `${admin.name} (${admin.email})`,
              })),
            ]}
            error={fieldError('breakGlassMembershipId')}
            required
          />
        ) : null}
      </fieldset>
      <Button type="submit" pending={pending}>
        Save sign-in settings
      </Button>
    </form>
  );
}
