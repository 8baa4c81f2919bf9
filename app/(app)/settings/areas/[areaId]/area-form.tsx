'use client';

import Link from 'next/link';
import { Button, buttonClasses } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { acceptedAreaFileTypes } from '@/lib/areas/limits';
import type { FormAction } from '@/lib/auth/action';

type Props = {
  area: { id: string; version: number; name: string; branchId: string | null; isServiceArea: boolean };
  branches: { id: string; name: string }[];
  updateArea: FormAction<{ id: string }>;
};

/** Renames an area, gives a service area its branch, or replaces its shape from a file. */
export function AreaForm({ area, branches, updateArea }: Props) {
  const { state, pending, formProps, fieldError } = useActionForm(updateArea);
  const fileErrors = state && !state.ok ? (state.fieldErrors?.file ?? []) : [];
  return (
    <form {...formProps} encType="multipart/form-data" className="space-y-5">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={area.id} />
      <input type="hidden" name="version" value={area.version} />
      <TextField
        label="Name"
        name="name"
        required
        maxLength={120}
        defaultValue={area.name}
        hint="As people know the place, for example “Casino Road”."
        error={fieldError('name')}
      />
      {area.isServiceArea ? (
        <SelectField
          label="Branch"
          name="branchId"
          defaultValue={area.branchId ?? ''}
          options={[
            { value: '', label: 'No branch' },
            ...branches.map((b) => ({ value: b.id, label: b.name })),
          ]}
          hint="The branch this is the service area of. Each branch has one."
          error={fieldError('branchId')}
        />
      ) : null}
      <div className="space-y-1">
        <label htmlFor="area-file" className="block text-sm font-medium text-ink">
          New shape <span className="font-normal text-muted">(optional)</span>
        </label>
        <input
          id="area-file"
          name="file"
          type="file"
          accept={acceptedAreaFileTypes}
          aria-invalid={fileErrors.length ? true : undefined}
          aria-describedby={`area-file-hint${fileErrors.length ? ' area-file-error' : ''}`}
          className="block w-full text-sm text-ink file:mr-3 file:min-h-10 file:rounded-md file:border file:border-line file:bg-white file:px-4 file:py-2 file:text-sm file:font-medium file:text-ink hover:file:bg-brand-50"
        />
        <p id="area-file-hint" className="text-sm text-muted">
          A GeoJSON, KML or KMZ file holding this one shape. Leave empty to keep the shape it has.
        </p>
        {fileErrors.length > 0 ? (
          <ul id="area-file-error" className="space-y-1 text-sm font-medium text-red-700">
            {fileErrors.map((fault) => (
              <li key={fault}>{fault}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-3 pt-2">
        <Button type="submit" pending={pending}>
          Save changes
        </Button>
        <Link href="/settings/areas" className={buttonClasses('secondary')}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
