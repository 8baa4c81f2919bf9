import type { GeocoderKind } from '@/db/schema/vocabulary';
import { createCensusGeocoder } from './census';
import { createNominatimGeocoder } from './nominatim';
import { createOfflineGeocoder } from './offline';
import type { Geocoder } from './types';

/** The provider for an organization's choice, reading endpoints from the environment at each lookup. */
export function geocoderFor(kind: GeocoderKind): Geocoder {
  switch (kind) {
    case 'nominatim':
      return createNominatimGeocoder();
    case 'census':
      return createCensusGeocoder();
    case 'offline':
      return createOfflineGeocoder();
  }
}
