'use client';

import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { TimeZoneField } from '@/components/ui/time-zone-field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';
import type { GeocoderKind } from '@/lib/geocoding/types';
import { cadenceLimits } from '@/lib/organization/validation';
import { BaseMapFields } from './base-map-fields';
import { GeocoderFields } from './geocoder-fields';

type Props = {
  settings: {
    name: string;
    timeZone: string;
    /** False until an admin chooses the zone: the field then starts from this device's. */
    timeZoneConfirmed: boolean;
    mapCenterLat: number;
    mapCenterLng: number;
    mapZoom: number;
    /** What the organization itself set for the base map (null: the default). */
    tileUrl: string | null;
    tileAttribution: string | null;
    geocoder: GeocoderKind;
    healthCadenceDays: number;
    version: number;
  };
  /** Every zone to choose from (lib/dates timeZoneOptions). */
  timeZones: { value: string; label: string }[];
  /** The deployment's own default tile server, when it is not OpenStreetMap. */
  deploymentTiles?: string;
  publicNominatim: boolean;
  /** The page's action that saves the settings. */
  save: FormAction<{ id: string }>;
};

// What each zoom level roughly shows, so nobody has to guess what "11" means.
const zoomHints: Record<number, string> = {
  1: 'the whole world',
  4: 'a large region',
  6: 'a state or province',
  8: 'a county',
  10: 'a city and its surroundings',
  12: 'a town',
  14: 'a neighbourhood',
  16: 'a few streets',
  18: 'a single building',
};

const zoomOptions = Array.from({ length: 18 }, (_, index) => {
  const level = index + 1;
  const hint = zoomHints[level];
  return { value: String(level), label: hint ? `${level}: ${hint}` : String(level) };
});

export function OrganizationForm({ settings, timeZones, deploymentTiles, publicNominatim, save }: Props) {
  const { state, pending, formProps, fieldError } = useActionForm(save);
  return (
    <form {...formProps} className="space-y-5">
      <FormMessage state={state} />
      <input type="hidden" name="version" value={settings.version} />
      <TextField
        label="Library system name"
        name="name"
        required
        maxLength={200}
        autoComplete="organization"
        defaultValue={settings.name}
        hint="Shown at the top of every page and in reports."
        error={fieldError('name')}
      />
      <TimeZoneField
        options={timeZones}
        defaultValue={settings.timeZone}
        suggestDevice={!settings.timeZoneConfirmed}
        hint="Where your library is. Every date and time in Partner Atlas is your library’s: today, overdue follow-ups, days since the last contact, the dashboard’s months."
        error={fieldError('timeZone')}
      />
      <fieldset className="space-y-3" aria-describedby="map-centre-hint">
        <legend className="text-sm font-semibold text-ink">Where the map opens</legend>
        <p id="map-centre-hint" className="text-sm text-muted">
          The point in the middle of the map when someone opens it. Pick a spot in the middle of your service
          area: look it up in any online map (OpenStreetMap, Google Maps, Bing Maps…), right-click it and copy
          its coordinates. The first number is the latitude, the second the longitude; you can paste both into
          Latitude.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Latitude"
            name="mapCenterLat"
            required
            inputMode="decimal"
            autoComplete="off"
            defaultValue={settings.mapCenterLat}
            hint="Between -90 and 90."
            error={fieldError('mapCenterLat')}
          />
          <TextField
            label="Longitude"
            name="mapCenterLng"
            required
            inputMode="decimal"
            autoComplete="off"
            defaultValue={settings.mapCenterLng}
            hint="Between -180 and 180."
            error={fieldError('mapCenterLng')}
          />
        </div>
        <SelectField
          label="Zoom"
          name="mapZoom"
          required
          options={zoomOptions}
          defaultValue={String(settings.mapZoom)}
          hint="How close the map starts. Higher numbers show a smaller area in more detail."
          error={fieldError('mapZoom')}
        />
      </fieldset>
      <BaseMapFields
        url={settings.tileUrl}
        attribution={settings.tileAttribution}
        deploymentDefault={deploymentTiles}
        fieldError={fieldError}
      />
      <GeocoderFields
        value={settings.geocoder}
        publicNominatim={publicNominatim}
        error={fieldError('geocoder')}
      />
      <fieldset className="space-y-3" aria-describedby="cadence-hint">
        <legend className="text-sm font-semibold text-ink">Relationship health</legend>
        <p id="cadence-hint" className="text-sm text-muted">
          How often each partner should hear from the library. A partner is warm within half this many days of
          the last contact, cooling up to it, and cold after it. The map, the partner list and each partner’s
          page show it.
        </p>
        <TextField
          label="Contact at least every (days)"
          name="healthCadenceDays"
          required
          type="number"
          inputMode="numeric"
          min={cadenceLimits.min}
          max={cadenceLimits.max}
          defaultValue={settings.healthCadenceDays}
          hint={`From ${cadenceLimits.min} to ${cadenceLimits.max} days; 90 is a common choice.`}
          error={fieldError('healthCadenceDays')}
        />
      </fieldset>
      <Button type="submit" pending={pending}>
        Save settings
      </Button>
    </form>
  );
}
