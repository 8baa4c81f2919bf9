import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/partners/export/route';
import { exportPartners, partnerCsvColumns } from '@/lib/partners/export';
import { emptyFilter } from '@/lib/partners/filters';
import {
  createBranch,
  createOrganizationWithMembers,
  createContact as makeContact,
  createPartner as makePartner,
  signInAs,
} from '../factories';
import { parseCsv } from '../support/csv';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();

afterEach(() => signInAs(null));

type Org = Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let org: Org;

beforeAll(async () => {
  org = await createOrganizationWithMembers(t.db, 'Cascade Test Library');
  const branch = await createBranch(t.db, org.org.id, { name: 'Monroe Branch' });
  const school = await makePartner(t.db, org.org.id, {
    name: 'Sultan "Elementary", School',
    category: 'institution',
    stage: 'collaborating',
    sectors: ['k12_education', 'early_learning'],
    agesServed: ['children'],
    description: '=HYPERLINK("http://evil.example")',
    address: '501 Date Ave, Sultan, WA 98294',
    latitude: 47.863112,
    longitude: -121.815634,
    primaryBranchId: branch.id,
    ownerMembershipId: org.staff.membershipId,
  });
  await makeContact(t.db, org.org.id, school.id, {
    name: 'Mia Carter',
    role: 'Principal',
    email: 'mia@school.example.edu',
    phone: '360-555-0142',
  });
  await makeContact(t.db, org.org.id, school.id, {
    name: 'Front Office',
    email: 'office@school.example.edu',
    shareWithViewers: true,
  });
  await makePartner(t.db, org.org.id, {
    name: 'Daria Kovalenko',
    category: 'individual',
    stage: 'connected',
    phone: '425-555-0190',
    email: 'daria@example.net',
    address: 'Near Casino Rd, Everett',
    latitude: 47.910256,
    longitude: -122.227131,
    locationPrecision: 'approximate',
  });
  await makePartner(t.db, org.org.id, {
    name: 'Evelyn Marsh',
    category: 'individual',
    stage: 'connected',
    address: '18 Hidden Lane, Monroe',
    latitude: 47.8701,
    longitude: -121.9602,
    locationPrecision: 'hidden',
  });
  await makePartner(t.db, org.org.id, { name: 'Archived Club', stage: 'connected', archivedAt: new Date() });
});

function exportAs(member: { userId: string; membershipId: string }, query: string) {
  signInAs(member);
  return GET(new Request(`http://localhost/api/partners/export?${query}`), { params: Promise.resolve({}) });
}

async function csvOf(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes);
  const [header, ...rows] = parseCsv(text);
  return {
    text,
    header,
    rows: rows.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i]!]))),
  };
}

describe('the CSV export', () => {
  it('has a header row and one row per partner in the filter, escaped for spreadsheets', async () => {
    const response = await exportAs(org.staff, 'format=csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="partners-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const { header, rows } = await csvOf(response);
    expect(header).toEqual(partnerCsvColumns('UTC'));
    expect(rows.map((r) => r.Name)).toEqual([
      'Daria Kovalenko',
      'Evelyn Marsh',
      'Sultan "Elementary", School',
    ]);
    const school = rows[2]!;
    expect(school).toMatchObject({
      Category: 'Institution',
      Sectors: 'K-12 education, Early learning',
      'Ages served': 'Children (6–11)',
      Stage: 'Collaborating',
      Description: `'=HYPERLINK("http://evil.example")`,
      Latitude: '47.863112',
      Longitude: '-121.815634',
      'Location precision': 'Exact',
      'Primary branch': 'Monroe Branch',
      'Staff liaison': org.staff.name,
    });
    expect(school.Contacts).toBe(
      'Front Office, office@school.example.edu\nMia Carter (Principal), mia@school.example.edu, 360-555-0142',
    );
  });

  it('never gives a hidden location, and rounds an approximate one to about a kilometre', async () => {
    const { rows } = await csvOf(await exportAs(org.staff, 'format=csv'));
    expect(rows.find((r) => r.Name === 'Evelyn Marsh')).toMatchObject({
      Latitude: '',
      Longitude: '',
      Address: '',
    });
    expect(rows.find((r) => r.Name === 'Daria Kovalenko')).toMatchObject({
      Latitude: '47.91',
      Longitude: '-122.23',
    });
  });

  it('follows the filter from the address bar, archived partners included only when asked', async () => {
    const stage = await csvOf(await exportAs(org.staff, 'format=csv&stage=connected'));
    expect(stage.rows.map((r) => r.Name)).toEqual(['Daria Kovalenko', 'Evelyn Marsh']);
    const archived = await csvOf(await exportAs(org.staff, 'format=csv&stage=connected&archived=only'));
    expect(archived.rows.map((r) => r.Name)).toEqual(['Archived Club']);
    const none = await csvOf(await exportAs(org.staff, 'format=csv&q=nothing-matches'));
    expect(none.rows).toEqual([]);
  });

  it('gives a viewer no private details: not a person’s phone, email or address, nor unshared contacts', async () => {
    const { text, rows } = await csvOf(await exportAs(org.viewer, 'format=csv'));
    expect(text).not.toMatch(/mia@school|360-555-0142|425-555-0190|daria@example\.net|Near Casino Rd/);
    expect(rows.find((r) => r.Name === 'Daria Kovalenko')).toMatchObject({
      Phone: '',
      Email: '',
      Address: '',
    });
    expect(rows.find((r) => r.Name?.startsWith('Sultan'))?.Contacts).toBe(
      'Front Office, office@school.example.edu\nMia Carter (Principal)',
    );
  });
});

describe('the GeoJSON export', () => {
  it('is a FeatureCollection with [longitude, latitude] points and no point for a hidden location', async () => {
    const response = await exportAs(org.staff, 'format=geojson');
    expect(response.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /filename="partners-\d{4}-\d{2}-\d{2}\.geojson"/,
    );
    const collection = JSON.parse(await response.text());
    expect(collection.type).toBe('FeatureCollection');
    const byName = Object.fromEntries(
      collection.features.map((f: { properties: { name: string } }) => [f.properties.name, f]),
    );
    expect(Object.keys(byName)).toEqual(['Daria Kovalenko', 'Evelyn Marsh', 'Sultan "Elementary", School']);
    expect(byName['Sultan "Elementary", School'].geometry).toEqual({
      type: 'Point',
      coordinates: [-121.815634, 47.863112],
    });
    expect(byName['Daria Kovalenko'].geometry.coordinates).toEqual([-122.23, 47.91]);
    expect(byName['Evelyn Marsh']).toMatchObject({
      geometry: null,
      properties: { address: '', locationPrecision: 'hidden' },
    });
  });

  it('gives a viewer the same places without private details', async () => {
    const collection = JSON.parse(
      await (await exportAs(org.viewer, 'format=geojson&category=individual')).text(),
    );
    expect(collection.features).toHaveLength(2);
    expect(JSON.stringify(collection)).not.toMatch(/425-555-0190|daria@example\.net|Hidden Lane|47\.8701/);
  });

  it('refuses a format it does not know', async () => {
    const response = await exportAs(org.staff, 'format=xlsx');
    expect(response.status).toBe(400);
  });
});

describe('exporting in batches', () => {
  it('returns every partner once, in name order, across batches', async () => {
    const many = await createOrganizationWithMembers(t.db);
    const names = Array.from({ length: 7 }, (_, i) => `Partner ${String.fromCharCode(71 - i)}`);
    for (const name of names) await makePartner(t.db, many.org.id, { name });
    // Two with the same name, told apart by id.
    await makePartner(t.db, many.org.id, { name: 'partner b' });
    const seen: string[] = [];
    for await (const batch of exportPartners(t.db, many.staff, emptyFilter, { batchSize: 3 })) {
      seen.push(...batch.map((row) => row.name));
    }
    expect(seen).toHaveLength(8);
    expect(seen.map((n) => n.toLowerCase())).toEqual([...seen.map((n) => n.toLowerCase())].sort());
    expect(new Set(seen).size).toBe(8);
  });
});
