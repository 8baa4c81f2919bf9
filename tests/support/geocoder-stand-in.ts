// A local stand-in for a geocoding service: a real HTTP server on 127.0.0.1 (on a random port unless
// one is asked for) that records every request and answers in the real service's format, so the
// providers are tested over the wire without the internet. The browser tests' server runs one too.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RecordedRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
};

export type StandInReply =
  | { status?: number; json: unknown }
  | { status?: number; text: string; contentType?: string }
  /** Never answers: for timeouts. */
  | { hang: true };

type Responder = (request: RecordedRequest) => StandInReply | Promise<StandInReply>;

export type GeocoderStandIn = {
  url: string;
  requests: RecordedRequest[];
  /** Replaces how the stand-in answers from now on. */
  answer(responder: Responder): void;
  /** Runs as each request arrives, before it is answered. */
  onRequest?: (request: RecordedRequest) => void;
  close(): Promise<void>;
};

export async function startGeocoderStandIn(
  responder: Responder,
  options: { port?: number } = {},
): Promise<GeocoderStandIn> {
  let respond = responder;
  const standIn: GeocoderStandIn = {
    url: '',
    requests: [],
    answer(next) {
      respond = next;
    },
    close: async () => {},
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
    };
    standIn.requests.push(request);
    standIn.onRequest?.(request);
    const reply = await respond(request);
    if ('hang' in reply) return;
    if ('json' in reply) {
      res.writeHead(reply.status ?? 200, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(reply.json));
      return;
    }
    res.writeHead(reply.status ?? 200, { 'Content-Type': reply.contentType ?? 'text/html; charset=utf-8' });
    res.end(reply.text);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  standIn.url = `http://127.0.0.1:${port}`;
  standIn.close = () =>
    new Promise<void>((resolve) => {
      // Hung requests keep their sockets open; end them so the server can close.
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return standIn;
}

// ---- Nominatim, /search?format=jsonv2 -------------------------------------------------------
// https://nominatim.org/release-docs/latest/api/Output/ : an array of places; lat and lon are
// strings; jsonv2 names the main tag `category` (json calls it `class`) and adds `place_rank` and
// `addresstype`.

type NominatimPlaceInput = {
  lat: number;
  lon: number;
  display_name: string;
  category?: string;
  type?: string;
  addresstype?: string;
  place_rank?: number;
  importance?: number;
  name?: string;
};

let placeId = 300_000_000;

export function nominatimPlace(place: NominatimPlaceInput) {
  placeId += 1;
  const { lat, lon } = place;
  return {
    place_id: placeId,
    licence: 'Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright',
    osm_type: 'way',
    osm_id: placeId * 3,
    lat: String(lat),
    lon: String(lon),
    category: place.category ?? 'building',
    type: place.type ?? 'yes',
    place_rank: place.place_rank ?? 30,
    importance: place.importance ?? 0.00007500000000000257,
    addresstype: place.addresstype ?? 'building',
    name: place.name ?? '',
    display_name: place.display_name,
    boundingbox: [String(lat - 0.0002), String(lat + 0.0002), String(lon - 0.0003), String(lon + 0.0003)],
  };
}

/** Nominatim's answer to a query it could not read (HTTP 400). */
export const nominatimBadRequest = {
  error: { code: 400, message: 'Parameter "q" is missing or empty.' },
};

// ---- US Census, /geocoder/locations/onelineaddress?format=json ------------------------------
// https://geocoding.geo.census.gov/geocoder/Geocoding_Services_API.html : coordinates are numbers,
// x the longitude and y the latitude; matchedAddress is upper case.

export function censusMatch(match: { matchedAddress: string; x: number; y: number; zip?: string }) {
  return {
    tigerLine: { side: 'L', tigerLineId: '638662785' },
    coordinates: { x: match.x, y: match.y },
    addressComponents: {
      zip: match.zip ?? match.matchedAddress.slice(-5),
      streetName: '44TH',
      preType: '',
      city: 'LYNNWOOD',
      preDirection: '',
      suffixDirection: 'W',
      fromAddress: '19102',
      state: 'WA',
      suffixType: 'AVE',
      toAddress: '19298',
      suffixQualifier: '',
      preQualifier: '',
    },
    matchedAddress: match.matchedAddress,
  };
}

export function censusResponse(address: string, matches: ReturnType<typeof censusMatch>[]) {
  return {
    result: {
      input: {
        address: { address },
        benchmark: {
          isDefault: true,
          benchmarkDescription: 'Public Address Ranges - Current Benchmark',
          id: '4',
          benchmarkName: 'Public_AR_Current',
        },
      },
      addressMatches: matches,
    },
  };
}

/** The Census geocoder's answer to a request it refuses (HTTP 400). */
export const censusBadRequest = { errors: ['Specify a valid address'], status: '400' };
