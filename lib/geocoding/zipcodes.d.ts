// The `zipcodes` package ships no types; this covers the part the offline geocoder uses.
declare module 'zipcodes' {
  type ZipCode = {
    zip: string;
    latitude: number;
    longitude: number;
    city: string;
    state: string;
    country: string;
  };
  const zipcodes: {
    lookup(zip: string | number): ZipCode | undefined;
    lookupByName(city: string, state: string): ZipCode[];
    states: {
      /** Upper-case full name to two-letter code. */
      full: Record<string, string>;
      /** Two-letter code to upper-case full name. */
      abbr: Record<string, string>;
    };
  };
  export = zipcodes;
}
