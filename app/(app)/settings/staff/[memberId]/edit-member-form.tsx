'use client';

import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { MemberRole } from '@/lib/auth/roles';
import { updateMember } from '@/lib/staff/actions';
import { RoleChoice } from '../role-choice';

type Props = {
  memberId: string;
  version: number;
  role: MemberRole;
  homeBranchId: string | null;
  branches: Array<{ value: string; label: string }>;
};

export function EditMemberForm({ memberId, version, role, homeBranchId, branches }: Props) {
  const { state, pending, formProps, fieldError } = useActionForm(updateMember);
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
