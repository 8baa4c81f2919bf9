/**
 * Runtime settings, read when asked (not frozen at build time), so one build serves any deployment.
 * See README.md, "Configuration".
 */
export const env = {
  /** Demo mode shows the demo accounts on the sign-in page. Never turn it on for real data. */
  demoMode: () => process.env.PARTNER_ATLAS_DEMO === '1' || process.env.PARTNER_ATLAS_DEMO === 'true',
  /** The deployment's base map tiles (an organization may override them); 'offline' for the built-in map. */
  tiles: () => ({ url: process.env.TILE_URL || undefined, attribution: process.env.TILE_ATTRIBUTION || '' }),
  /** Geocoder endpoints, overridable so tests (and libraries with their own servers) can point elsewhere. */
  nominatimUrl: () => process.env.NOMINATIM_URL || 'https://nominatim.openstreetmap.org',
  censusGeocoderUrl: () => process.env.CENSUS_GEOCODER_URL || 'https://geocoding.geo.census.gov',
  /** Identifies the app to Nominatim, as its usage policy asks: https://operations.osmfoundation.org/policies/nominatim/ */
  geocoderContact: () => process.env.GEOCODER_CONTACT || 'partner-atlas (self-hosted)',
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For; the client's address
   * is the one the outermost of them saw (lib/auth/client-address.ts, decision 0015).
   */
  trustedProxies: () => wholeNumber(process.env.TRUSTED_PROXIES, 0),
  /** Unsuccessful sign-ins per minute across the service above which sign-in tightens (decision 0015). */
  signInCeilingPerMinute: () => Math.max(1, wholeNumber(process.env.SIGN_IN_CEILING_PER_MINUTE, 60)),
};

function wholeNumber(raw: string | undefined, fallback: number): number {
  const value = Number(raw);
  return raw && Number.isInteger(value) && value >= 0 ? value : fallback;
}
