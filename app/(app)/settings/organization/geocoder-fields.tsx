import { useId } from 'react';
import type { GeocoderKind } from '@/lib/geocoding/types';
import { ChoiceCard } from './choice-card';

type Props = {
  value: GeocoderKind;
  /** False when this server uses its own Nominatim, which has no public one-a-second limit. */
  publicNominatim: boolean;
  error?: string;
};

/** Which service turns a typed address into a point on the map. */
export function GeocoderFields({ value, publicNominatim, error }: Props) {
  const id = useId();
  return (
    <fieldset className="space-y-3" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend className="text-sm font-semibold text-ink">Finding addresses</legend>
      <p id={`${id}-hint`} className="text-sm text-muted">
        When someone types a partner’s address and presses “Find on map”, this service finds where it is.
        Whatever you choose, staff can always place the pin by hand. Answers are remembered for your library
        only, so the same address is not looked up twice.
      </p>
      <div className="space-y-2">
        <ChoiceCard
          name="geocoder"
          value="nominatim"
          title="OpenStreetMap (Nominatim), worldwide"
          defaultChecked={value === 'nominatim'}
          invalid={Boolean(error)}
        >
          Finds street addresses and named places such as schools and parks, in any country.{' '}
          {publicNominatim
            ? 'The free public service allows one lookup a second for everyone on this server together, so at busy moments a lookup may take a few seconds. The addresses you look up are sent to the OpenStreetMap Foundation.'
            : 'This server uses its own copy of the service, so addresses stay with whoever runs it.'}
        </ChoiceCard>
        <ChoiceCard
          name="geocoder"
          value="census"
          title="US Census Bureau, United States only"
          defaultChecked={value === 'census'}
          invalid={Boolean(error)}
        >
          Free and precise for street addresses in the United States and its territories, and it knows nothing
          else: no places outside the US, no place names (“Lincoln Elementary”) and no PO boxes, only a house
          number and street. The addresses you look up are sent to the Census Bureau.
        </ChoiceCard>
        <ChoiceCard
          name="geocoder"
          value="offline"
          title="Offline and approximate"
          defaultChecked={value === 'offline'}
          invalid={Boolean(error)}
        >
          Needs no internet and sends nothing anywhere. It reads only the US ZIP code, or the town and state,
          in an address and puts the pin at that area’s centre, marked approximate; drag it to the right spot
          afterwards.
        </ChoiceCard>
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
