'use client';

import Link from 'next/link';
import { useRef, useState } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { VersionFields } from '@/components/ui/version-fields';
import { nearestBranch } from '@/lib/branches/nearest';
import { createPartner, updatePartner } from '@/lib/partners/actions';
import type { PartnerFormValues } from '@/lib/partners/form-values';
import {
  BasicsFields,
  LocationFields,
  type LocationMap,
  ReachFields,
  RelationshipFields,
  WorkFields,
} from './partner-form-sections';

type Option = { value: string; label: string };
/** A branch to choose, with its point when it has one (for suggesting the nearest). */
export type BranchOption = Option & { lat: number | null; lng: number | null };

type Props = {
  values: PartnerFormValues;
  /** Given when editing: the partner and the version the form started from. */
  editing?: { id: string; version: number };
  branches: BranchOption[];
  owners: Option[];
  suggestions: string[];
  cancelHref: string;
  /** Given when the new partner is made from an interview's referral. */
  referralId?: string;
  /** The base map and branches for the small map of the point. */
  map: LocationMap;
};

export type FieldError = (name: string) => string | undefined;

/** Adds a partner, or edits one when `editing` is given. A refused save keeps everything typed. */
export function PartnerForm({
  values,
  editing,
  branches,
  owners,
  suggestions,
  cancelHref,
  referralId,
  map,
}: Props) {
  const { state, pending, formProps, fieldError } = useActionForm(editing ? updatePartner : createPartner);
  const [branch, setBranch] = useState(values.primaryBranchId);
  // Until someone chooses a branch themselves, placing a new partner suggests the nearest one.
  const branchChosen = useRef(Boolean(editing));
  const suggestBranch = (point: { latitude: number; longitude: number }) => {
    if (branchChosen.current) return;
    const nearest = nearestBranch(
      branches.map((b) => ({ id: b.value, lat: b.lat, lng: b.lng })),
      { lat: point.latitude, lng: point.longitude },
    );
    if (nearest) setBranch(nearest);
  };

  return (
    <form {...formProps} className="space-y-8">
      {/* The version this form was shown with: a save on top of someone else's is refused. */}
      {editing ? <VersionFields id={editing.id} version={editing.version} /> : null}
      {referralId ? <input type="hidden" name="referralId" value={referralId} /> : null}
      <BasicsFields values={values} fieldError={fieldError} />
      <LocationFields values={values} fieldError={fieldError} map={map} onPick={suggestBranch} />
      <WorkFields values={values} fieldError={fieldError} suggestions={suggestions} />
      <ReachFields values={values} fieldError={fieldError} />
      <RelationshipFields
        values={values}
        fieldError={fieldError}
        branches={branches}
        owners={owners}
        branch={branch}
        onBranchChange={(value) => {
          branchChosen.current = true;
          setBranch(value);
        }}
      />
      {/* Beside the button, where the person is looking when a save is refused. */}
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-3 border-t border-line pt-6">
        <Button type="submit" pending={pending}>
          {editing ? 'Save changes' : 'Add partner'}
        </Button>
        <Link href={cancelHref} className={buttonClasses('secondary')}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
