import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportTable } from '@/db/schema';
import { similarNames } from '@/lib/import/duplicates';
import type { ImportMapping } from '@/lib/import/mapping';
import { suggestMapping } from '@/lib/import/mapping';
import { planCounts, planImport } from '@/lib/import/plan';
import { loadChoices, loadExistingPartners } from '@/lib/import/queries';
import { readImportFile } from '@/lib/import/read';
import {
  createOrganizationWithMembers,
  createContact as makeContact,
  createPartner as makePartner,
} from '../factories';
import { useTestDatabase } from '../support/database';

// The import before anything is written: a messy file's columns and values matched to the fields
// and vocabularies (and what this organization chose last time), and duplicates found among the
// partners already there and earlier rows of the file. The job itself is in import-jobs.test.ts.

const t = useTestDatabase();

type Org = Awaited<ReturnType<typeof createOrganizationWithMembers>>;
let org: Org;

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/import', name)));

const defaults = { category: '', stage: 'identified', branchId: '' };

beforeAll(async () => {
  org = await createOrganizationWithMembers(t.db, 'Sky Valley Library');
});

describe('mapping a messy file', () => {
  it('guesses each column from its name and its values, and matches vocabulary words leniently', async () => {
    const { table } = await readImportFile('partners.csv', fixture('messy-semicolons.csv'));
    const choices = await loadChoices(t.db, { orgId: org.org.id });
    const columns = suggestMapping(table, {}, choices);
    expect(columns).toEqual([
      'name',
      'category',
      'agesServed',
      'address',
      'address',
      'address',
      'website',
      'contactName',
      'contactEmail',
      'description',
    ]);

    const plan = planImport(
      { table, mapping: { columns, values: {}, defaults }, fileName: 'partners.csv', decisions: {} },
      choices,
      [],
    );
    const [school, teens, grange, seniors, nameless] = plan.rows;
    expect(school!.partner).toMatchObject({
      name: 'Sultan Elementary School',
      category: 'institution',
      agesServed: ['children'],
      address: '501 Date Ave, Sultan, 98294',
      website: 'https://sultanschool.example.org',
      description: 'Class visits; summer reading',
    });
    expect(school!.contact).toMatchObject({ name: 'Mia Carter', email: 'mia@sultanschool.example.org' });
    // "Teens, 12-18" is teens (the span too), "All ages" every group, "Seniors" older adults.
    expect(teens!.partner!.agesServed).toEqual(['teens']);
    expect(grange!.partner!.agesServed).toHaveLength(6);
    expect(grange!.partner!.category).toBe('physical_space');
    // Problems name the row and the column, and keep the row out.
    expect(seniors!.partner).toBeNull();
    expect(seniors!.problems).toEqual([
      {
        column: 'Contact Email',
        value: 'not-an-email',
        message: 'Enter an email address like name@example.org.',
      },
    ]);
    expect(nameless!.rowNumber).toBe(8);
    expect(nameless!.problems[0]).toMatchObject({ column: 'Org Name', message: 'Enter the partner’s name.' });
    expect(planCounts(plan)).toEqual({ create: 3, merge: 0, skip: 0, invalid: 2 });
  });

  it('asks about values no word matches, and uses the person’s answers', async () => {
    const table: ImportTable = {
      headers: ['Name', 'Kind', 'Ages'],
      rows: [
        ['Knitting circle', 'Crafters', 'Grandparents; teens'],
        ['Bike co-op', 'Business', '0-5'],
      ],
      rowNumbers: [2, 3],
      unit: 'row',
      notes: [],
    };
    const choices = await loadChoices(t.db, { orgId: org.org.id });
    const columns = suggestMapping(table, {}, choices);
    expect(columns).toEqual(['name', 'category', 'agesServed']);
    const unanswered = planImport(
      { table, mapping: { columns, values: {}, defaults }, fileName: 'f.csv', decisions: {} },
      choices,
      [],
    );
    expect(unanswered.rows[0]!.problems.map((p) => p.value)).toEqual(['Crafters', 'Grandparents']);
    expect(unanswered.rows[1]!.partner!.agesServed).toEqual(['early_childhood']);
    const mapping: ImportMapping = {
      columns,
      values: { category: { crafters: 'association' }, agesServed: { grandparents: '' } },
      defaults,
    };
    const answered = planImport({ table, mapping, fileName: 'f.csv', decisions: {} }, choices, []);
    expect(answered.rows[0]!.partner).toMatchObject({ category: 'association', agesServed: ['teens'] });
  });

  it('remembers nothing across organizations and applies what this one chose last time', async () => {
    const { table } = await readImportFile('partners.csv', fixture('messy-semicolons.csv'));
    const choices = await loadChoices(t.db, { orgId: org.org.id });
    const columns = suggestMapping(table, { notes: '', 'org name': 'name', type: 'category' }, choices);
    expect(columns[9]).toBe('');
  });
});

describe('duplicates', () => {
  it('takes a slip of the keyboard for the same name, and a different word for another partner', () => {
    expect(similarNames('monroe rotery club', 'monroe rotary club')).toBe(true);
    expect(similarNames('snohomish historical society', 'snohomsh historical society')).toBe(true);
    expect(similarNames('lakeview walking group', 'bayview walking group')).toBe(false);
    expect(similarNames('cedar book club', 'maple book club')).toBe(false);
    expect(similarNames('cedar book club', 'cedar book club lynnwood')).toBe(false);
    expect(similarNames('teen center', 'teen center')).toBe(false);
  });

  it('finds partners already there by website, email and name nearby, and earlier rows of the file', async () => {
    const other = await createOrganizationWithMembers(t.db, 'Duplicates Library');
    const school = await makePartner(t.db, other.org.id, {
      name: 'Sultan Elementary',
      website: 'https://www.sultanschool.example.org/',
    });
    const teen = await makePartner(t.db, other.org.id, {
      name: 'Teen Centre',
      latitude: 47.8553,
      longitude: -121.9712,
    });
    await makeContact(t.db, other.org.id, teen.id, { name: 'Jo', email: 'jo@teens.example.org' });
    await makePartner(t.db, other.org.id, { name: 'Grange Hall', latitude: 47.0, longitude: -120.0 });
    const table: ImportTable = {
      headers: ['Name', 'Website', 'Contact', 'Contact email', 'Latitude', 'Longitude'],
      rows: [
        ['Sultan Elementary School', 'sultanschool.example.org', '', '', '', ''],
        ['Riverside Teen Center', '', 'Jo Park', 'jo@teens.example.org', '', ''],
        ['Grange Hall', '', '', '', '47.85', '-121.97'],
        ['Monroe Rotary Club', 'rotary.example.org', '', '', '', ''],
        ['Monroe Rotary Club', 'rotary.example.org', 'Sam', '', '', ''],
        ['Monroe Rotery Club', '', '', '', '', ''],
      ],
      rowNumbers: [2, 3, 4, 5, 6, 7],
      unit: 'row',
      notes: [],
    };
    const choices = await loadChoices(t.db, { orgId: other.org.id });
    const mapping: ImportMapping = {
      columns: suggestMapping(table, {}, choices),
      values: {},
      defaults: { ...defaults, category: 'institution' },
    };
    const plan = planImport(
      { table, mapping, fileName: 'f.csv', decisions: {} },
      choices,
      await loadExistingPartners(t.db, { orgId: other.org.id }),
    );
    const found = Object.fromEntries(plan.duplicates.map((d) => [d.index, d]));
    expect(found[0]).toMatchObject({
      match: { kind: 'existing', id: school.id },
      reasons: ['same website'],
      strong: true,
    });
    expect(found[1]).toMatchObject({ match: { kind: 'existing', id: teen.id }, strong: true });
    expect(found[1]!.reasons).toContain('same email (jo@teens.example.org)');
    // The same name far away is pointed out, but kept apart unless the person says otherwise.
    expect(found[2]).toMatchObject({
      reasons: [expect.stringMatching(/^same name, \d+ km apart$/)],
      strong: false,
    });
    expect(found[4]).toMatchObject({ match: { kind: 'file', rowNumber: 5 }, strong: true });
    expect(found[5]).toMatchObject({
      match: { kind: 'file', rowNumber: 5 },
      reasons: ['similar name'],
      strong: false,
    });
    expect(plan.steps.map((s) => s.kind)).toEqual(['merge', 'merge', 'create', 'create', 'skip', 'create']);
    // The row merged into row 5 gave it the contact it lacked.
    expect(plan.steps[3]).toMatchObject({ kind: 'create', contact: { name: 'Sam' } });

    const decided = planImport(
      { table, mapping, fileName: 'f.csv', decisions: { '2': 'skip', '3': 'keep', '7': 'merge' } },
      choices,
      await loadExistingPartners(t.db, { orgId: other.org.id }),
    );
    expect(decided.steps.map((s) => s.kind)).toEqual(['skip', 'create', 'create', 'create', 'skip', 'skip']);
  });
});
