// The `zipcodes` package ships no types. The offline base map reads its table of US postal codes
// directly (city names and centroids for place labels); lib/geocoding/zipcodes.d.ts covers the
// package's main entry for the geocoder.
declare module 'zipcodes/lib/codes.js' {
  export const codes: Record<
    string,
    { zip: string; latitude: number; longitude: number; city: string; state: string; country: string }
  >;
}
