'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';
import { OneTimePasswordNotice } from '../one-time-password-notice';
import { RoleChoice } from '../role-choice';

type Option = { value: string; label: string };
/** The page's action that adds the member and answers with their one-time password. */
type AddMember = FormAction<{ membershipId: string; name: string; oneTimePassword: string }>;

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
        <OneTimePasswordNotice
          title={`${added.name} is added`}
          name={added.name}
          password={added.oneTimePassword}
          focusOnShow
        />
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
        hint="They sign in with this address."
        error={fieldError('email')}
      />
      <RoleChoice defaultValue="staff" error={fieldError('role')} />
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
