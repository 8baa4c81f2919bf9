// The address service the browser tests' server talks to: a Nominatim stand-in on loopback that knows
// a few addresses near Northgate and answers in Nominatim's real format (tests/support/geocoder-stand-in.ts).
import { nominatimPlace, type StandInReply } from '../../support/geocoder-stand-in';

/** Addresses the stand-in knows, as the browser tests type them. */
export const e2eAddresses = {
  /** One building: found, and placed at once. */
  single: {
    typed: '1 Maple Street, Northgate, WA 98012',
    label: '1, Maple Street, Northgate, Snohomish County, Washington, 98012, United States',
    lat: 47.9012,
    lng: -122.2051,
  },
  /** Two places: the person chooses. The first is a building; the second only a street (approximate). */
  ambiguous: {
    typed: '100 Main Street',
    choices: [
      {
        label: '100, Main Street, Northgate, Snohomish County, Washington, 98012, United States',
        lat: 47.9155,
        lng: -122.2213,
      },
      {
        label: 'Main Street, Southport, Pierce County, Washington, 98402, United States',
        lat: 47.1049,
        lng: -122.4931,
      },
    ],
  },
  /** The service is down for this one (HTTP 503): the form says so and manual placing still works. */
  unavailable: { typed: '19200 44th Ave W, Lynnwood, WA 98036' },
} as const;

/** The stand-in listens beside the app, on a port of its own derived from the app's. */
export function geocoderPort(appPort: number): number {
  return appPort + 20_000;
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Answers GET /search?format=jsonv2&q=… as Nominatim does; anything else it does not know is []. */
export function answerNominatim(request: { path: string; query: URLSearchParams }): StandInReply {
  if (request.path !== '/search') return { status: 404, text: 'Not found' };
  const q = normalise(request.query.get('q') ?? '');
  const { single, ambiguous, unavailable } = e2eAddresses;
  if (q === normalise(unavailable.typed)) {
    return { status: 503, text: '<html><body><h1>503 Service Unavailable</h1></body></html>' };
  }
  if (q === normalise(single.typed)) {
    return {
      json: [
        nominatimPlace({ lat: single.lat, lon: single.lng, display_name: single.label, place_rank: 30 }),
      ],
    };
  }
  if (q === normalise(ambiguous.typed)) {
    const [building, street] = ambiguous.choices;
    return {
      json: [
        nominatimPlace({
          lat: building.lat,
          lon: building.lng,
          display_name: building.label,
          place_rank: 30,
        }),
        nominatimPlace({
          lat: street.lat,
          lon: street.lng,
          display_name: street.label,
          category: 'highway',
          type: 'residential',
          addresstype: 'road',
          place_rank: 26,
        }),
      ],
    };
  }
  return { json: [] };
}
