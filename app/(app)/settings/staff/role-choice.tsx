import { useId } from 'react';
import type { MemberRole } from '@/lib/auth/roles';
import { memberRoles, roleDescriptions, roleLabels } from '@/lib/auth/roles';

/** The four roles as radio buttons, each with what it allows, so the choice is made knowingly. */
export function RoleChoice({ defaultValue, error }: { defaultValue: MemberRole; error?: string }) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="space-y-2">
      <legend className="text-sm font-medium text-ink">Role</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {memberRoles.map((role) => (
          <label
            key={role}
            className="flex cursor-pointer gap-3 rounded-md border border-stone-300 bg-white p-3 has-checked:border-brand-500 has-checked:bg-brand-50 has-focus-visible:ring-2 has-focus-visible:ring-brand-500/40"
          >
            <input
              type="radio"
              name="role"
              value={role}
              defaultChecked={role === defaultValue}
              aria-invalid={error ? true : undefined}
              className="mt-1 size-4 accent-brand-700"
            />
            <span>
              <span className="block text-sm font-medium text-ink">{roleLabels[role]}</span>
              <span className="block text-sm text-muted">{roleDescriptions[role]}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
