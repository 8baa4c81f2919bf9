/**
 * The fields a column can fill. Plain data, shared by the mapping form (in the browser) and the
 * server. `multi` fields take several columns, joined (an address split over street, city and zip).
 */
export const importFields = [
  { key: 'name', label: 'Name', group: 'Partner' },
  { key: 'category', label: 'Category', group: 'Partner', vocabulary: true },
  { key: 'stage', label: 'Stage', group: 'Partner', vocabulary: true },
  { key: 'sectors', label: 'Sectors', group: 'Partner', vocabulary: true, list: true, multi: true },
  { key: 'agesServed', label: 'Ages served', group: 'Partner', vocabulary: true, list: true, multi: true },
  { key: 'priorityCommunities', label: 'Priority communities', group: 'Partner', list: true, multi: true },
  { key: 'description', label: 'Description', group: 'Partner', multi: true },
  { key: 'strengths', label: 'Strengths', group: 'Partner', multi: true },
  { key: 'interests', label: 'Interests', group: 'Partner', multi: true },
  { key: 'depth', label: 'Depth', group: 'Partner', vocabulary: true },
  { key: 'formality', label: 'Formality', group: 'Partner', vocabulary: true },
  { key: 'branch', label: 'Primary branch', group: 'Partner', vocabulary: true },
  { key: 'owner', label: 'Staff liaison (email or name)', group: 'Partner', vocabulary: true },
  { key: 'website', label: 'Website', group: 'Reaching them' },
  { key: 'phone', label: 'Phone', group: 'Reaching them' },
  { key: 'email', label: 'Email', group: 'Reaching them' },
  { key: 'address', label: 'Address (or part of it)', group: 'Place', multi: true },
  { key: 'latitude', label: 'Latitude', group: 'Place' },
  { key: 'longitude', label: 'Longitude', group: 'Place' },
  { key: 'coordinates', label: 'Latitude and longitude together', group: 'Place' },
  { key: 'locationPrecision', label: 'Location precision', group: 'Place', vocabulary: true },
  { key: 'contactName', label: 'Contact’s name (or part of it)', group: 'First contact', multi: true },
  { key: 'contactRole', label: 'Contact’s role', group: 'First contact' },
  { key: 'contactEmail', label: 'Contact’s email', group: 'First contact' },
  { key: 'contactPhone', label: 'Contact’s phone', group: 'First contact' },
  { key: 'contactLanguage', label: 'Contact’s preferred language', group: 'First contact' },
  { key: 'contactNotes', label: 'Notes about the contact', group: 'First contact', multi: true },
] as const satisfies readonly {
  key: string;
  label: string;
  group: string;
  vocabulary?: boolean;
  list?: boolean;
  multi?: boolean;
}[];

export type ImportFieldKey = (typeof importFields)[number]['key'];
export const importFieldKeys = importFields.map((field) => field.key) as [
  ImportFieldKey,
  ...ImportFieldKey[],
];
export type ImportField = (typeof importFields)[number];

export const vocabularyFields = [
  'category',
  'stage',
  'sectors',
  'agesServed',
  'depth',
  'formality',
  'locationPrecision',
  'branch',
  'owner',
] as const;
export type VocabularyField = (typeof vocabularyFields)[number];

export function fieldOf(key: string): ImportField | undefined {
  return importFields.find((field) => field.key === key);
}

export function isMulti(key: string): boolean {
  const field = fieldOf(key);
  return Boolean(field && 'multi' in field && field.multi);
}

/** Text made comparable: lower case, no accents or punctuation, single spaces. */
export function normalise(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

/** Column names people give each field, compared after `normalise`. */
export const headerSynonyms: Record<ImportFieldKey, string[]> = {
  name: [
    'name',
    'partner',
    'partner name',
    'organization',
    'organisation',
    'organization name',
    'organisation name',
    'org',
    'org name',
    'agency',
    'agency name',
    'business',
    'business name',
    'asset',
    'asset name',
    'place name',
    'site',
    'site name',
    'community partner',
    'partner organization',
  ],
  category: [
    'category',
    'type',
    'asset type',
    'asset category',
    'kind',
    'partner type',
    'organization type',
    'org type',
  ],
  stage: ['stage', 'status', 'relationship stage', 'relationship status', 'relationship'],
  sectors: ['sector', 'sectors', 'focus', 'focus area', 'focus areas', 'service area', 'services', 'field'],
  agesServed: [
    'ages',
    'ages served',
    'age',
    'age group',
    'age groups',
    'audience',
    'audiences',
    'serves',
    'age range',
  ],
  priorityCommunities: [
    'priority communities',
    'priority community',
    'communities',
    'community',
    'populations',
    'priority populations',
    'populations served',
    'tags',
  ],
  description: ['description', 'notes', 'note', 'comments', 'comment', 'about', 'details', 'summary', 'desc'],
  strengths: ['strengths', 'strength', 'assets', 'offers', 'what they offer', 'resources'],
  interests: ['interests', 'interest', 'needs', 'goals', 'what they need'],
  depth: ['depth', 'relationship depth'],
  formality: ['formality', 'agreement', 'agreement type', 'mou'],
  branch: ['branch', 'library branch', 'primary branch', 'home branch', 'library'],
  owner: [
    'owner',
    'liaison',
    'staff liaison',
    'staff',
    'staff contact',
    'assigned to',
    'library contact',
    'staff owner',
    'staff member',
  ],
  website: ['website', 'web site', 'url', 'web', 'homepage', 'home page', 'link', 'web address', 'site url'],
  phone: ['phone', 'telephone', 'phone number', 'tel', 'main phone', 'office phone', 'organization phone'],
  email: ['email', 'e mail', 'email address', 'general email', 'organization email', 'main email'],
  address: [
    'address',
    'street',
    'street address',
    'address 1',
    'address line 1',
    'address 2',
    'address line 2',
    'city',
    'town',
    'state',
    'province',
    'zip',
    'zip code',
    'zipcode',
    'postal code',
    'postcode',
    'full address',
    'location',
    'mailing address',
  ],
  latitude: ['latitude', 'lat', 'y'],
  longitude: ['longitude', 'lng', 'lon', 'long', 'x'],
  coordinates: ['coordinates', 'coords', 'lat long', 'latlong', 'lat lng', 'lat lon', 'gps', 'geo', 'point'],
  locationPrecision: ['precision', 'location precision', 'privacy', 'location privacy'],
  contactName: [
    'contact',
    'contact name',
    'contact person',
    'contact person name',
    'main contact',
    'point of contact',
    'poc',
    'primary contact',
    'key contact',
    'first name',
    'last name',
    'contact first name',
    'contact last name',
    'leader',
    'director',
  ],
  contactRole: ['contact role', 'contact title', 'role', 'position', 'job title', 'title'],
  contactEmail: ['contact email', 'contact e mail', 'contact email address', 'email of contact'],
  contactPhone: [
    'contact phone',
    'contact telephone',
    'contact phone number',
    'cell',
    'mobile',
    'cell phone',
  ],
  contactLanguage: ['language', 'preferred language', 'contact language'],
  contactNotes: ['contact notes', 'contact note'],
};
