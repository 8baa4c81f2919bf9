'use client';

import Link from 'next/link';
import { useState } from 'react';
import { AreaDraw, type DrawBox } from '@/components/map/area-draw';
import type { TileSetting } from '@/components/map/base-layer';
import { Button, buttonClasses } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { AreaSetKind } from '@/lib/areas/vocabulary';
import type { FormAction } from '@/lib/auth/action';
import { ShapeEntry } from '../shape-entry';

type Props = {
  sets: { id: string; name: string; kind: AreaSetKind; extent: DrawBox | null }[];
  hasServiceAreas: boolean;
  initialSetId: string;
  branches: { id: string; name: string }[];
  map: { tiles: TileSetting; home: { lat: number; lng: number; zoom: number } };
  createArea: FormAction<{ id: string }>;
};

/** A new area: its set, name and (for a service area) branch, and its shape drawn on the map or typed. */
export function NewAreaForm({ sets, hasServiceAreas, initialSetId, branches, map, createArea }: Props) {
  const { state, pending, formProps, fieldError } = useActionForm(createArea);
  const faults = (field: string) => (state && !state.ok ? (state.fieldErrors?.[field] ?? []) : []);
  const [setId, setSetId] = useState(initialSetId);
  const chosen = sets.find((set) => set.id === setId);
  const isServiceArea = setId === 'service' || chosen?.kind === 'service_areas';
  const options = [
    ...sets.map((set) => ({ value: set.id, label: set.name })),
    ...(hasServiceAreas ? [] : [{ value: 'service', label: 'Service areas (the branches’ areas)' }]),
    { value: 'new', label: 'A new set…' },
  ];
  // The map opens on the chosen set's areas; later choices of set leave the drawing where it is.
  const [box] = useState(() => chosen?.extent ?? null);

  return (
    <form {...formProps} className="space-y-5">
      <FormMessage state={state} />
      <SelectField
        label="Set of areas"
        name="setId"
        required
        options={options}
        value={setId}
        onChange={(event) => setSetId(event.currentTarget.value)}
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
      <TextField
        label="Name"
        name="name"
        required
        maxLength={120}
        hint="As people know the place, for example “Casino Road”."
        error={fieldError('name')}
      />
      {isServiceArea ? (
        <SelectField
          label="Branch"
          name="branchId"
          defaultValue=""
          options={[
            { value: '', label: 'No branch' },
            ...branches.map((b) => ({ value: b.id, label: b.name })),
          ]}
          hint="The branch this is the service area of. Each branch has one."
          error={fieldError('branchId')}
        />
      ) : null}
      <fieldset className="space-y-5 border-t border-line pt-5">
        <legend className="sr-only">The shape</legend>
        <h2 className="text-base font-semibold">Draw the area on the map</h2>
        <AreaDraw
          name="drawn"
          label="the new area"
          polygons={[]}
          box={box}
          home={map.home}
          tiles={map.tiles}
          faults={faults('drawn')}
        />
        <ShapeEntry faults={faults('shapeText')} />
      </fieldset>
      <div className="flex flex-wrap gap-3 pt-2">
        <Button type="submit" pending={pending}>
          Save the area
        </Button>
        <Link href="/settings/areas" className={buttonClasses('secondary')}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
