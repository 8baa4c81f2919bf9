'use client';

import Link from 'next/link';
import { useState } from 'react';
import { InvitationLinkNotice, type Mailed } from '@/components/settings/invitation-link-notice';
import { Button, buttonClasses } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { RadioCards } from '@/components/ui/radio-cards';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';
import { OneTimePasswordNotice } from '../one-time-password-notice';
import { RoleChoice } from '../role-choice';

type Option = { value: string; label: string };
/** What the page's action answers: a one-time password, or an invitation link (dates as the library's). */
export type Added =
  | { kind: 'password'; membershipId: string; name: string; oneTimePassword: string }
  | {
      kind: 'invitation';
      name: string;
      email: string;
      link: string;
      expiresOn: string;
      mailed: Mailed;
      insteadOfPassword: boolean;
    };
type AddMember = FormAction<Added>;

const methods = [
  {
    value: 'password',
    label: 'One-time password',
    description: 'Shown to you now, to give them. Only for an address new to Partner Atlas.',
  },
  {
    value: 'invitation',
    label: 'Invitation link',
    description: 'They open it and choose their own password. Works once, for 7 days.',
  },
];

export function AddMemberForm({ branches, add }: { branches: Option[]; add: AddMember }) {
  // A new key starts a fresh form (and forgets the password shown) for "Add another".
  const [round, setRound] = useState(0);
  return (
    <AddMemberRound key={round} branches={branches} add={add} onAddAnother={() => setRound((n) => n + 1)} />
  );
}

function AddMemberRound({
  branches,
  add,
  onAddAnother,
}: {
  branches: Option[];
  add: AddMember;
  onAddAnother: () => void;
}) {
  const { state, pending, formProps, fieldError } = useActionForm(add);

  if (state?.ok) {
    const added = state.data;
    return (
      <div className="space-y-4">
        {added.kind === 'password' ? (
          <OneTimePasswordNotice
            title={`${added.name} is added`}
            name={added.name}
            password={added.oneTimePassword}
            focusOnShow
          />
        ) : (
          <InvitationLinkNotice
            title={`${added.name} is invited`}
            email={added.email}
            link={added.link}
            expiresOn={added.expiresOn}
            mailed={added.mailed}
            insteadOfPassword={added.insteadOfPassword}
            focusOnShow
          />
        )}
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={onAddAnother}>
            Add another staff member
          </Button>
          <Link href="/settings/staff" className={buttonClasses('ghost')}>
            Back to staff
          </Link>
        </div>
      </div>
    );
  }

  return (
    <form {...formProps} className="space-y-5">
      <FormMessage state={state} />
      <TextField label="Name" name="name" required autoComplete="off" error={fieldError('name')} />
      <TextField
        label="Email"
        name="email"
        type="email"
        required
        autoComplete="off"
        hint="They sign in with this address. If it already has a Partner Atlas account, they get an invitation link."
        error={fieldError('email')}
      />
      <RoleChoice defaultValue="staff" error={fieldError('role')} />
      <RadioCards
        legend="How they get in"
        name="method"
        required
        options={methods}
        defaultValue="password"
        error={fieldError('method')}
      />
      <SelectField
        label="Home branch"
        name="homeBranchId"
        defaultValue=""
        options={[{ value: '', label: 'No home branch' }, ...branches]}
        hint={
          branches.length === 0 ? (
            <>
              Your library has no branches yet. <Link href="/settings/branches">Add branches</Link> to choose
              one.
            </>
          ) : (
            'The branch where they mostly work.'
          )
        }
        error={fieldError('homeBranchId')}
      />
      <Button type="submit" pending={pending}>
        Add staff member
      </Button>
    </form>
  );
}
