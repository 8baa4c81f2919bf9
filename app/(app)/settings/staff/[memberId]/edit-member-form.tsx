'use client';

import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';
import type { MemberRole } from '@/lib/auth/roles';
import { RoleChoice } from '../role-choice';

type Props = {
  memberId: string;
  version: number;
  role: MemberRole;
  homeBranchId: string | null;
  branches: Array<{ value: string; label: string }>;
  /** The page's action that saves the role and home branch. */
  save: FormAction<{ membershipId: string; version: number; changed: boolean }>;
};

export function EditMemberForm({ memberId, version, role, homeBranchId, branches, save }: Props) {
  const { state, pending, formProps, fieldError } = useActionForm(save);
  const success = state?.ok
    ? state.data.changed
      ? 'Saved.'
      : 'Nothing had changed, so nothing was saved.'
    : undefined;
  return (
    <form {...formProps} className="space-y-5">
      <FormMessage state={state} success={success} />
      <input type="hidden" name="memberId" value={memberId} />
      {/* The version this form was shown with: a save on top of someone else's is refused. */}
      <input type="hidden" name="version" value={version} />
      <RoleChoice defaultValue={role} error={fieldError('role')} />
      <SelectField
        label="Home branch"
        name="homeBranchId"
        defaultValue={homeBranchId ?? ''}
        options={[{ value: '', label: 'No home branch' }, ...branches]}
        error={fieldError('homeBranchId')}
      />
      <Button type="submit" pending={pending}>
        Save changes
      </Button>
    </form>
  );
}
