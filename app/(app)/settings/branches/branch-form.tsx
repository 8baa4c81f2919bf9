'use client';

import Link from 'next/link';
import { Button, buttonClasses } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

export type BranchFormValues = {
  id: string;
  version: number;
  name: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
};

/** Adds a branch, or edits one when `branch` is given; `save` is the page's action for either. */
export function BranchForm({
  branch,
  save,
}: {
  branch?: BranchFormValues;
  save: FormAction<{ id: string }>;
}) {
  const { state, pending, formProps, fieldError } = useActionForm(save);
  return (
    <form {...formProps} className="space-y-5">
      <FormMessage state={state} />
      {branch ? (
        <>
          <input type="hidden" name="id" value={branch.id} />
          <input type="hidden" name="version" value={branch.version} />
        </>
      ) : null}
      <TextField
        label="Branch name"
        name="name"
        required
        maxLength={120}
        defaultValue={branch?.name}
        hint="As staff and patrons know it, for example “Northside Branch”. Each branch needs its own name."
        error={fieldError('name')}
      />
      <TextField
        label="Address"
        name="address"
        maxLength={300}
        autoComplete="street-address"
        defaultValue={branch?.address}
        hint="Street, city and postcode, on one line."
        error={fieldError('address')}
      />
      <fieldset className="space-y-3" aria-describedby="point-hint">
        <legend className="text-sm font-medium text-ink">
          Map point <span className="font-normal text-muted">(optional)</span>
        </legend>
        <p id="point-hint" className="text-sm text-muted">
          To find the numbers, look the branch up in any online map (OpenStreetMap, Google Maps, Bing Maps…),
          right-click the building and copy its coordinates. The first number is the latitude, the second the
          longitude; you can paste both into Latitude. Leave both empty if you don’t have them yet: finding
          the point from the address is coming in a later update.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Latitude"
            name="latitude"
            inputMode="decimal"
            autoComplete="off"
            defaultValue={branch?.latitude ?? ''}
            hint="Between -90 and 90, for example 47.6062."
            error={fieldError('latitude')}
          />
          <TextField
            label="Longitude"
            name="longitude"
            inputMode="decimal"
            autoComplete="off"
            defaultValue={branch?.longitude ?? ''}
            hint="Between -180 and 180, for example -122.3321."
            error={fieldError('longitude')}
          />
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-3 pt-2">
        <Button type="submit" pending={pending}>
          {branch ? 'Save changes' : 'Add branch'}
        </Button>
        <Link href="/settings/branches" className={buttonClasses('secondary')}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
