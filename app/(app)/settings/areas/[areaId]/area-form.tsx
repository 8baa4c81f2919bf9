'use client';

import Link from 'next/link';
import { AreaDraw } from '@/components/map/area-draw';
import type { TileSetting } from '@/components/map/base-layer';
import { Button, buttonClasses } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { acceptedAreaFileTypes } from '@/lib/areas/limits';
import type { AreaPolygons } from '@/lib/areas/vocabulary';
import type { FormAction } from '@/lib/auth/action';
import { ShapeEntry } from '../shape-entry';

type Props = {
  area: {
    id: string;
    version: number;
    name: string;
    branchId: string | null;
    isServiceArea: boolean;
    polygons: AreaPolygons;
  };
  branches: { id: string; name: string }[];
  map: { tiles: TileSetting; home: { lat: number; lng: number; zoom: number } };
  updateArea: FormAction<{ id: string }>;
};

/**
 * Renames an area, gives a service area its branch, or gives it a new shape: edited on the map,
 * entered as text, or uploaded. One way at a time; each is checked as an upload is.
 */
export function AreaForm({ area, branches, map, updateArea }: Props) {
  const { state, pending, formProps, fieldError } = useActionForm(updateArea);
  const faults = (field: string) => (state && !state.ok ? (state.fieldErrors?.[field] ?? []) : []);
  const fileErrors = faults('file');
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
      <fieldset className="space-y-5 border-t border-line pt-5">
        <legend className="sr-only">The shape</legend>
        <h2 className="text-base font-semibold">Edit the shape on the map</h2>
        <AreaDraw
          name="drawn"
          label={area.name}
          polygons={area.polygons}
          box={null}
          home={map.home}
          tiles={map.tiles}
          faults={faults('drawn')}
        />
        <ShapeEntry current={area.polygons} faults={faults('shapeText')} />
        <div className="space-y-1">
          <label htmlFor="area-file" className="block text-sm font-medium text-ink">
            Or upload the new shape <span className="font-normal text-muted">(optional)</span>
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
            A GeoJSON, KML or KMZ file holding this one shape. Leave the map, the box and this empty to keep
            the shape it has.
          </p>
          {fileErrors.length > 0 ? (
            <ul id="area-file-error" className="space-y-1 text-sm font-medium text-red-700">
              {fileErrors.map((fault) => (
                <li key={fault}>{fault}</li>
              ))}
            </ul>
          ) : null}
        </div>
      </fieldset>
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
