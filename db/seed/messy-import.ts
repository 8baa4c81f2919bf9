// A messy spreadsheet of 1,000 partners, as a library system's might be after years of hands: the
// demo's sample import (demo/messy-partners-1000.csv, written by `npm run demo:import-file`) and a
// test's. Deterministic, so the file and the test agree. What is wrong with it is counted in
// `expected`, so a test can check that the import reports exactly that.

const towns = [
  ['Lynnwood', '98036'],
  ['Edmonds', '98020'],
  ['Mountlake Terrace', '98043'],
  ['Everett', '98201'],
  ['Bothell', '98012'],
  ['Mukilteo', '98275'],
  ['Brier', '98036'],
  ['Mill Creek', '98012'],
] as const;
const streets = [
  'Main St',
  '196th St SW',
  'Olympic View Dr',
  'Highway 99',
  '44th Ave W',
  'Casino Rd',
  'Bothell Way',
  'Speedway',
];
const places = [
  'Cedar',
  'Harbor',
  'Maple',
  'Sound',
  'Northside',
  'Creekside',
  'Hillcrest',
  'Lakeview',
  'Meadowdale',
  'Bayview',
  'Pinecrest',
  'Ridgeview',
  'Westgate',
];
// Each kind of partner, with how the spreadsheet's author wrote its type and who it serves.
const kinds: [noun: string, type: string, ages: string][] = [
  ['Book Club', 'Club', 'Adults'],
  ['Food Bank', 'Nonprofit', 'Families'],
  ['Youth Soccer League', 'club', 'Kids'],
  ['Community Garden', 'Park', 'All ages'],
  ['Senior Center', 'NONPROFIT', 'Seniors'],
  ['Coffee Roasters', 'Business', ''],
  ['Historical Society', 'Culture', 'Adults; Seniors'],
  ['Elementary School', 'School', '6-11'],
  ['Teen Robotics Team', 'Club', 'teen'],
  ['Parents Network', 'Association', 'Families, 0-5'],
  ['Church', 'Faith community', 'All ages'],
  ['Hardware', 'business', ''],
  ['Tenants Union', 'Association', 'Adults'],
  ['Art Walk', 'Culture and stories', 'All ages'],
  ['Homework Club', 'Nonprofit', '12-18'],
  ['Walking Group', 'Group', '55+'],
];
const statuses = ['Active partner', 'Contacted', 'New', 'On hold', '', 'Lead', 'Met'];
const firstNames = [
  'Ana',
  'Ben',
  'Chen',
  'Dana',
  'Eli',
  'Fatima',
  'Gus',
  'Hana',
  'Ivan',
  'Jia',
  'Kofi',
  'Lena',
  'Mo',
  'Nadia',
  'Omar',
  'Pia',
];
const lastNames = [
  'Nguyen',
  'Garcia',
  'Smith',
  'Kim',
  'Patel',
  'Okafor',
  'Johansson',
  'Reyes',
  'Haddad',
  'Lopez',
];

/** A partner of the demo seed, written the spreadsheet's way: the import finds it already there. */
const demoPartners = [
  [
    'Lynnwood Family Resource Hub',
    'Nonprofit',
    'Families',
    '19500 56th Ave W',
    'Lynnwood',
    '98036',
    'lynnwoodfamilyhub.example.org',
  ],
  [
    'Mountlake Terrace Middle School',
    'School',
    '12-18',
    '',
    'Mountlake Terrace',
    '98043',
    'mtms.example.org',
  ],
  [
    'Edmonds College Career Center',
    'Institution',
    'Adults',
    '',
    'Lynnwood',
    '98036',
    'careers.edmondscollege.example.edu',
  ],
];

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const messyHeader = [
  'Organisation Name',
  'Type of asset',
  'Who they serve',
  'Street',
  'City',
  'ZIP',
  'Web',
  'Main contact',
  'Contact e-mail',
  'Phone #',
  'Status',
  'Notes',
];

/** The file (with a byte-order mark and Windows line ends) and what an import should make of it. */
export function messyPartnersCsv(rows = 1000) {
  const next = random(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const lines: string[][] = [];
  const expected = {
    rows,
    noName: 0,
    badEmail: 0,
    badWebsite: 0,
    unknownType: 0,
    repeats: 0,
    demoDuplicates: demoPartners.length,
    blankLines: 0,
  };
  const used = new Set<string>();
  for (let i = 0; lines.length < rows - demoPartners.length; i += 1) {
    const [town, zip] = pick(towns);
    const [noun, type, ages] = kinds[i % kinds.length]!;
    let name = `${pick(places)} ${noun}`;
    if (used.has(name)) name = `${name} of ${town}`;
    if (used.has(name)) name = `${name} #${i}`;
    used.add(name);
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
    const contact = `${pick(firstNames)} ${pick(lastNames)}`;
    const line = [
      name,
      type,
      ages,
      `${100 + Math.floor(next() * 20000)} ${pick(streets)}`,
      town,
      zip,
      next() < 0.7 ? `${slug}.example.org` : '',
      next() < 0.8 ? contact : '',
      '',
      next() < 0.6 ? `(425) 555-${String(1000 + Math.floor(next() * 8999))}` : '',
      pick(statuses),
      next() < 0.3 ? 'Met at the summer fair; wants to host a story time.' : '',
    ];
    if (line[7]) line[8] = `${contact.split(' ')[0]!.toLowerCase()}@${slug}.example.org`;
    // What goes wrong in a real spreadsheet, at a steady rate.
    if (i % 47 === 5) {
      line[0] = '';
      expected.noName += 1;
    } else if (i % 53 === 7 && line[7]) {
      line[8] = `${contact.split(' ')[0]!.toLowerCase()} at ${slug}`;
      expected.badEmail += 1;
    } else if (i % 61 === 9) {
      line[6] = 'n/a';
      expected.badWebsite += 1;
    } else if (i % 71 === 3) {
      line[1] = 'Coalition';
      expected.unknownType += 1;
    }
    if (i % 83 === 11) line[11] = '=HYPERLINK("http://example.invalid","click")';
    lines.push(line);
    // The same partner entered twice, further down.
    if (
      i % 67 === 13 &&
      line[0] &&
      line[6] &&
      line[6] !== 'n/a' &&
      lines.length < rows - demoPartners.length
    ) {
      lines.push([...line.slice(0, 9), '', '', 'Entered again by another branch']);
      expected.repeats += 1;
    }
  }
  for (const [name, type, ages, street, town, zip, web] of demoPartners) {
    lines.splice(100 + lines.length / 2, 0, [
      name!,
      type!,
      ages!,
      street!,
      town!,
      zip!,
      web!,
      '',
      '',
      '',
      'Active partner',
      '',
    ]);
  }
  const out: string[] = [messyHeader.map(csvCell).join(',')];
  lines.forEach((line, index) => {
    out.push(line.map(csvCell).join(','));
    if (index % 250 === 100) {
      out.push(',,,,,,,,,,,');
      expected.blankLines += 1;
    }
  });
  return { csv: `\uFEFF${out.join('\r\n')}\r\n`, expected };
}
