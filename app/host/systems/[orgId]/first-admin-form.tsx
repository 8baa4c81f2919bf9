'use client';

import { InvitationLinkNotice, type Mailed } from '@/components/settings/invitation-link-notice';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

type Invited = { name: string; adminEmail: string; link: string; expiresOn: string; mailed: Mailed };

/**
 * A new invitation link for the first admin of a system that has none; the earlier admin links stop
 * working. The link is shown once, like when the system was created.
 */
export function FirstAdminForm({
  orgId,
  defaults,
  invite,
}: {
  orgId: string;
  defaults: { name: string; email: string };
  invite: FormAction<Invited>;
}) {
  const { state, pending, formProps, fieldError } = useActionForm(invite);
  if (state?.ok) {
    const invited = state.data;
    return (
      <div className="mt-4">
        <InvitationLinkNotice
          title="A new link is made"
          email={invited.adminEmail}
          link={invited.link}
          expiresOn={`${invited.expiresOn} (UTC)`}
          mailed={invited.mailed}
          joins={`${invited.name} as its first admin`}
          ifLost="Copy it now: if it is lost, make another here."
          focusOnShow
        />
      </div>
    );
  }
  return (
    <form {...formProps} className="mt-4 space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="orgId" value={orgId} />
      <TextField
        label="Admin’s name"
        name="adminName"
        required
        autoComplete="off"
        defaultValue={defaults.name}
        error={fieldError('adminName')}
      />
      <TextField
        label="Admin’s email"
        name="adminEmail"
        type="email"
        required
        autoComplete="off"
        defaultValue={defaults.email}
        error={fieldError('adminEmail')}
      />
      <Button type="submit" pending={pending}>
        Make a new invitation link
      </Button>
    </form>
  );
}
