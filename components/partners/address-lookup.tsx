'use client';

import { useId, useRef, useState, useTransition } from 'react';
import type { TileSetting } from '@/components/map/base-layer';
import type { NearbyBranch } from '@/components/map/mini-map';
import { Button } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';
import { SelectField, TextField } from '@/components/ui/field';
import type { ActionResult, FormAction } from '@/lib/auth/action';
import {
  formatCoordinate,
  type LocationPrecision,
  precisionAfterPick,
  precisionOptions,
  splitCoordinatePair,
} from '@/lib/geocoding/precision';
import type { GeocodeCandidate } from '@/lib/geocoding/types';
import { CandidateChoices, PointPreview } from './address-lookup-parts';

type FieldName = 'address' | 'latitude' | 'longitude' | 'locationPrecision';

type Props = {
  /** Looks an address up (lib/geocoding/actions.ts's lookUpAddress, handed down by the page). */
  lookUp: FormAction<{ candidates: GeocodeCandidate[] }>;
  defaultAddress?: string;
  defaultLatitude?: number | null;
  defaultLongitude?: number | null;
  defaultPrecision?: LocationPrecision;
  /** Called when a found place is put into the fields (to move a preview map, for example). */
  onPick?: (candidate: GeocodeCandidate) => void;
  /** The surrounding form's errors from its last submission, shown beside each field. */
  errors?: Partial<Record<FieldName, string>>;
  legend?: string;
  /** The base map and branches for a small map of the point, so people see where it lands. */
  preview?: { tiles: TileSetting; branches: NearbyBranch[] };
};

const offlineMessage = 'We could not reach Partner Atlas. Check your connection, or type the coordinates.';

/**
 * The address, point and location precision of a place, with "Find on map". It sits inside another
 * form (the partner form) and renders inputs named `address`, `latitude`, `longitude` and
 * `locationPrecision`; it has no <form> of its own, so it calls the lookup action directly. Typing
 * coordinates by hand always works, whatever the lookup says.
 */
export function AddressLookup({
  lookUp,
  defaultAddress = '',
  defaultLatitude = null,
  defaultLongitude = null,
  defaultPrecision = 'exact',
  onPick,
  errors = {},
  legend = 'Location',
  preview,
}: Props) {
  const id = useId();
  const [address, setAddress] = useState(defaultAddress);
  const [latitude, setLatitude] = useState(defaultLatitude === null ? '' : formatCoordinate(defaultLatitude));
  const [longitude, setLongitude] = useState(
    defaultLongitude === null ? '' : formatCoordinate(defaultLongitude),
  );
  const [precision, setPrecision] = useState<LocationPrecision>(defaultPrecision);
  // The precision someone chose on purpose; a lookup never loosens it (a home stays approximate).
  const chosenPrecision = useRef<LocationPrecision>(defaultPrecision);
  const [candidates, setCandidates] = useState<GeocodeCandidate[]>([]);
  const [picked, setPicked] = useState<number | null>(null);
  const [lookupError, setLookupError] = useState<string>();
  const [status, setStatus] = useState('');
  const [pending, startTransition] = useTransition();

  function apply(candidate: GeocodeCandidate) {
    setLatitude(formatCoordinate(candidate.latitude));
    setLongitude(formatCoordinate(candidate.longitude));
    setPrecision(precisionAfterPick(candidate, chosenPrecision.current));
    onPick?.(candidate);
  }

  function findOnMap() {
    if (pending) return;
    const data = new FormData();
    data.set('address', address);
    startTransition(async () => {
      let result: ActionResult<{ candidates: GeocodeCandidate[] }>;
      try {
        result = await lookUp(null, data);
      } catch {
        result = { ok: false, message: offlineMessage };
      }
      setPicked(null);
      if (!result.ok) {
        setCandidates([]);
        setStatus('');
        setLookupError(result.fieldErrors?.address?.[0] ?? result.message);
        return;
      }
      const found = result.data.candidates;
      setLookupError(undefined);
      if (found.length === 1) {
        apply(found[0]!);
        setCandidates([]);
        setStatus(
          `Found: ${found[0]!.label}. Its coordinates are filled in below; check the point on the small map.`,
        );
      } else {
        setCandidates(found);
        setStatus(
          `We found ${found.length} places for that address. Choose the right one below, or type the coordinates yourself.`,
        );
      }
    });
  }

  function changeLatitude(value: string) {
    // A "latitude, longitude" pair copied from an online map fills both fields.
    const pair = longitude === '' ? splitCoordinatePair(value) : undefined;
    if (pair) {
      setLatitude(pair.latitude);
      setLongitude(pair.longitude);
    } else setLatitude(value);
  }

  const addressError = lookupError ?? errors.address;
  const addressId = `${id}-address`;
  const describedBy = [`${addressId}-hint`, addressError ? `${addressId}-error` : null]
    .filter(Boolean)
    .join(' ');

  return (
    <fieldset className="space-y-4">
      <legend className="text-sm font-semibold text-ink">{legend}</legend>
      <div className="space-y-1">
        <label htmlFor={addressId} className="block text-sm font-medium text-ink">
          Address <span className="font-normal text-muted">(optional)</span>
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input
            id={addressId}
            name="address"
            value={address}
            onChange={(event) => setAddress(event.target.value)}
            onKeyDown={(event) => {
              // Enter here looks the address up: saving the whole form from the address is never meant.
              if (event.key === 'Enter') {
                event.preventDefault();
                findOnMap();
              }
            }}
            maxLength={300}
            autoComplete="street-address"
            aria-invalid={addressError ? true : undefined}
            aria-describedby={describedBy}
            className={cx(
              'block w-full rounded-md border bg-white px-3 py-2 text-base text-ink shadow-xs sm:text-sm',
              'focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/40',
              addressError ? 'border-red-600' : 'border-stone-300',
            )}
          />
          <Button variant="secondary" pending={pending} onClick={findOnMap} className="shrink-0">
            {pending ? 'Looking…' : 'Find on map'}
          </Button>
        </div>
        <p id={`${addressId}-hint`} className="text-sm text-muted">
          Street, town and ZIP code. “Find on map” (or Enter) fills in the coordinates below; you can also
          type them yourself.
        </p>
        {addressError ? (
          <p id={`${addressId}-error`} className="text-sm font-medium text-red-700">
            {addressError}
          </p>
        ) : null}
        <p role="status" className="text-sm text-ink">
          {status}
        </p>
      </div>

      {candidates.length > 1 ? (
        <CandidateChoices
          name={`${id}-candidate`}
          candidates={candidates}
          picked={picked}
          onChoose={(index) => {
            const candidate = candidates[index]!;
            setPicked(index);
            apply(candidate);
            setStatus(`Chosen: ${candidate.label}.`);
          }}
        />
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Latitude"
          name="latitude"
          inputMode="decimal"
          autoComplete="off"
          value={latitude}
          onChange={(event) => changeLatitude(event.target.value)}
          hint="Between -90 and 90. You can paste “47.6062, -122.3321” here."
          error={errors.latitude}
        />
        <TextField
          label="Longitude"
          name="longitude"
          inputMode="decimal"
          autoComplete="off"
          value={longitude}
          onChange={(event) => setLongitude(event.target.value)}
          hint="Between -180 and 180."
          error={errors.longitude}
        />
      </div>
      <SelectField
        label="How precisely to show it"
        name="locationPrecision"
        required
        options={precisionOptions}
        value={precision}
        onChange={(event) => {
          const value = event.target.value as LocationPrecision;
          chosenPrecision.current = value;
          setPrecision(value);
        }}
        hint="A person’s home is never pinned exactly: choose Approximate or Hidden. Use Approximate too when only the ZIP code or town is known."
        error={errors.locationPrecision}
      />
      {preview ? (
        <PointPreview latitude={latitude} longitude={longitude} precision={precision} {...preview} />
      ) : null}
    </fieldset>
  );
}
