'use client';

import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { acceptedAreaFileTypes, areaLimits } from '@/lib/areas/limits';
import type { FormAction } from '@/lib/auth/action';

type Uploaded = { setName: string; added: number; replaced: number; simplified: number };
type Props = {
  sets: { id: string; name: string }[];
  hasServiceAreas: boolean;
  uploadAreas: FormAction<Uploaded>;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function outcome(data: Uploaded) {
  const parts = [
    data.added ? `${plural(data.added, 'area', 'areas')} added` : null,
    data.replaced ? `${plural(data.replaced, 'area', 'areas')} given the new shape` : null,
  ].filter(Boolean);
  const simplified = data.simplified
    ? ` ${plural(data.simplified, 'shape had', 'shapes had')} more corners than an area keeps and ${data.simplified === 1 ? 'was' : 'were'} simplified.`
    : '';
  return `${data.setName}: ${parts.join(', ') || 'nothing changed'}.${simplified}`;
}

/** Upload a GeoJSON or KML file of shapes into a set of areas; every fault is listed beside the file. */
export function UploadAreasForm({ sets, hasServiceAreas, uploadAreas }: Props) {
  const fileRef = useRef<HTMLInputElement>(null);
  const { state, pending, formProps, fieldError } = useActionForm(uploadAreas, {
    onSuccess: () => {
      if (fileRef.current) fileRef.current.value = '';
    },
  });
  const [setId, setSetId] = useState(sets[0]?.id ?? (hasServiceAreas ? 'new' : 'service'));
  const faults = state && !state.ok ? (state.fieldErrors?.file ?? []) : [];
  const options = [
    ...sets.map((set) => ({ value: set.id, label: set.name })),
    ...(hasServiceAreas ? [] : [{ value: 'service', label: 'Service areas (the branches’ areas)' }]),
    { value: 'new', label: 'A new set…' },
  ];
  const maxMb = areaLimits.fileBytes / 1024 / 1024;

  return (
    <form {...formProps} encType="multipart/form-data" className="space-y-5">
      <FormMessage state={state} success={state?.ok ? outcome(state.data) : undefined} />
      <SelectField
        label="Set of areas"
        name="setId"
        required
        options={options}
        value={setId}
        onChange={(event) => setSetId(event.currentTarget.value)}
        hint="An area whose name is already in the set gets the new shape; the others are added. In Service areas, an area named like a branch belongs to that branch."
        error={fieldError('setId')}
      />
      {setId === 'new' ? (
        <TextField
          label="Name of the new set"
          name="newSetName"
          required
          maxLength={80}
          hint="For example “Neighbourhoods”, “Census tracts” or “School districts”."
          error={fieldError('newSetName')}
        />
      ) : null}
      <div className="space-y-1">
        <label htmlFor="areas-file" className="block text-sm font-medium text-ink">
          File of shapes
        </label>
        <input
          ref={fileRef}
          id="areas-file"
          name="file"
          type="file"
          accept={acceptedAreaFileTypes}
          required
          aria-invalid={faults.length ? true : undefined}
          aria-describedby={`areas-file-hint${faults.length ? ' areas-file-error' : ''}`}
          className="block w-full text-sm text-ink file:mr-3 file:min-h-10 file:rounded-md file:border file:border-line file:bg-white file:px-4 file:py-2 file:text-sm file:font-medium file:text-ink hover:file:bg-brand-50"
        />
        <p id="areas-file-hint" className="text-sm text-muted">
          GeoJSON, KML or KMZ, as census, school-district and map tools export them, up to {maxMb} MB and{' '}
          {areaLimits.areasPerFile} shapes. Each shape’s “name” property names its area. Shapes with more than{' '}
          {areaLimits.pointsPerArea.toLocaleString('en-US')} corners are simplified.
        </p>
        {faults.length === 1 ? (
          <p id="areas-file-error" className="text-sm font-medium text-red-700">
            {faults[0]}
          </p>
        ) : faults.length > 1 ? (
          <ul
            id="areas-file-error"
            className="list-inside list-disc space-y-1 text-sm font-medium text-red-700"
          >
            {faults.map((fault) => (
              <li key={fault}>{fault}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <Button type="submit" pending={pending}>
        Upload areas
      </Button>
    </form>
  );
}
