import type { GeocodeCandidate, Geocoder } from './types';

// Approximate points from postal-code and city centres that ship in the `zipcodes` package: no
// network, nothing leaves the server. Every point is the centre of an area, so it is marked
// approximate and the user is expected to drag the pin to the right spot.

type ZipCodes = typeof import('zipcodes');
type ZipCode = NonNullable<ReturnType<ZipCodes['lookup']>>;

let loaded: Promise<ZipCodes> | undefined;
/** The data is several megabytes: load it on the first lookup, not when the server starts. */
function zipcodes(): Promise<ZipCodes> {
  loaded ??= import('zipcodes').then((mod) => ((mod as { default?: ZipCodes }).default ?? mod) as ZipCodes);
  return loaded;
}

const zipPattern = /\b(\d{5})(?:-\d{4})?\b/g;
const countrySuffix = /^(usa|us|u\.s\.a?\.?|united states( of america)?)$/i;

type Place = { city: string; state: string };

/** The state a text names, as its two-letter code ('WA', 'Washington', 'wash' not included). */
function stateCode(z: ZipCodes, text: string): string | undefined {
  const upper = text.trim().replace(/\./g, '').toUpperCase();
  if (upper.length === 2) return z.states.abbr[upper] ? upper : undefined;
  return z.states.full[upper];
}

/** "…, Lynnwood, WA 98036", "Lynnwood WA", "Lynnwood, Washington" to { city, state }. */
function cityAndState(z: ZipCodes, address: string): Place | undefined {
  const parts = address
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !countrySuffix.test(part));
  const last = parts.at(-1)?.replace(zipPattern, '').trim();
  if (!last) return undefined;
  const whole = stateCode(z, last);
  if (whole) {
    const city = parts.at(-2);
    return city ? { city, state: whole } : undefined;
  }
  // The state at the end of the last part: "Lynnwood WA", "Lynnwood Washington", "New York NY".
  const words = last.split(/\s+/);
  for (let take = Math.min(3, words.length - 1); take >= 1; take--) {
    const state = stateCode(z, words.slice(-take).join(' '));
    if (state) return { city: words.slice(0, -take).join(' '), state };
  }
  return undefined;
}

/** The ZIP codes in an address, last first; a five-digit house number at the start is not one. */
function zipCodesIn(address: string): string[] {
  const found: string[] = [];
  for (const match of address.matchAll(zipPattern)) {
    const isOnlyTheZip = address.trim().length <= 10;
    if (match.index === 0 && !isOnlyTheZip) continue;
    found.unshift(match[1]!);
  }
  return found;
}

const kmPerDegree = 111;
function distanceKm(a: ZipCode, b: ZipCode): number {
  const dLat = a.latitude - b.latitude;
  const dLng = (a.longitude - b.longitude) * Math.cos((a.latitude * Math.PI) / 180);
  return Math.hypot(dLat, dLng) * kmPerDegree;
}

/**
 * A city's ZIP codes grouped into towns: some states have two places of the same name, and the
 * middle of two towns far apart is neither of them.
 */
function towns(codes: ZipCode[]): ZipCode[][] {
  const groups: ZipCode[][] = [];
  for (const code of codes) {
    const group = groups.find((g) => distanceKm(g[0]!, code) < 40);
    if (group) group.push(code);
    else groups.push([code]);
  }
  groups.sort((a, b) => b.length - a.length);
  // A lone ZIP far from a big city's many is a data slip or a distant post office box, not a town.
  const largest = groups[0]?.length ?? 0;
  return largest >= 5 ? groups.filter((g) => g.length > 1) : groups;
}

function round(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}

export function createOfflineGeocoder(): Geocoder {
  return {
    kind: 'offline',
    async search(address) {
      const z = await zipcodes();
      const place = cityAndState(z, address);

      for (const zip of zipCodesIn(address)) {
        const code = z.lookup(zip);
        // A ZIP in another state than the one written is more likely a mistake than the answer.
        if (code?.country !== 'US' || (place && code.state !== place.state)) continue;
        return [
          {
            label: `Approximate: centre of ZIP ${code.zip} (${code.city}, ${code.state})`,
            latitude: code.latitude,
            longitude: code.longitude,
            precision: 'approximate',
            provider: 'offline',
          },
        ];
      }

      if (!place) return [];
      const groups = towns(z.lookupByName(place.city, place.state));
      return groups.slice(0, 5).map((group): GeocodeCandidate => {
        const first = group[0]!;
        const near = groups.length > 1 ? ` (around ZIP ${first.zip})` : '';
        return {
          label: `Approximate: centre of ${first.city}, ${first.state}${near}`,
          latitude: round(group.reduce((sum, c) => sum + c.latitude, 0) / group.length),
          longitude: round(group.reduce((sum, c) => sum + c.longitude, 0) / group.length),
          precision: 'approximate',
          provider: 'offline',
        };
      });
    },
  };
}
