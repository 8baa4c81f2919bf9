/**
 * The demo library system: fictional, at real places around Snohomish County, Washington.
 * Later features add their own demo records beside these.
 */
export const demoOrganization = {
  name: 'Cascade Sound Library System',
  mapCenterLat: 47.9,
  mapCenterLng: -122.15,
  mapZoom: 10,
  // Snohomish County, Washington: every day and time in the demo is Pacific (decision 0019).
  timeZone: 'America/Los_Angeles',
  timeZoneConfirmed: true,
};

export const demoBranches = [
  {
    key: 'lynnwood',
    name: 'Lynnwood Branch',
    address: '19200 44th Ave W, Lynnwood, WA 98036',
    latitude: 47.8225,
    longitude: -122.2899,
  },
  {
    key: 'everett',
    name: 'Everett Riverside Branch',
    address: '2702 Hoyt Ave, Everett, WA 98201',
    latitude: 47.9786,
    longitude: -122.2075,
  },
  {
    key: 'monroe',
    name: 'Monroe Branch',
    address: '1070 Village Way, Monroe, WA 98272',
    latitude: 47.8574,
    longitude: -121.9887,
  },
] as const;

export const demoPassword = 'atlas-demo-2026';

export const demoAccounts = [
  { role: 'admin', name: 'Alex Rivera', email: 'admin@demo.partner-atlas.org', branch: 'everett' },
  { role: 'manager', name: 'Morgan Lee', email: 'manager@demo.partner-atlas.org', branch: 'lynnwood' },
  { role: 'staff', name: 'Sam Okafor', email: 'staff@demo.partner-atlas.org', branch: 'lynnwood' },
  { role: 'viewer', name: 'Val Chen', email: 'viewer@demo.partner-atlas.org', branch: 'monroe' },
] as const;
