/**
 * The printed map's paper: its size and orientation, read from the address (`paper`, `orient`), and
 * the part of the world it shows (`bounds`, the map's view when "Print or save" was chosen). Pure:
 * the print page reads it on the server, the sheet lays itself out from it in the browser.
 */
export const papers = ['letter', 'a4'] as const;
export type Paper = (typeof papers)[number];
export const orientations = ['landscape', 'portrait'] as const;
export type Orientation = (typeof orientations)[number];

export type PrintLayout = {
  paper: Paper;
  orientation: Orientation;
  /** West, south, east, north; null: fit the partners (or the organization's home view). */
  bounds: [number, number, number, number] | null;
};

export const paperLabels: Record<Paper, string> = { letter: 'Letter (8.5 × 11 in)', a4: 'A4 (210 × 297 mm)' };
export const orientationLabels: Record<Orientation, string> = {
  landscape: 'Landscape',
  portrait: 'Portrait',
};

/** Each paper's short and long side, and the margin the sheet keeps inside them (CSS inches). */
const sides: Record<Paper, { short: number; long: number; margin: number }> = {
  letter: { short: 8.5, long: 11, margin: 0.4 },
  a4: { short: 210 / 25.4, long: 297 / 25.4, margin: 10 / 25.4 },
};

/** The CSS `@page` size keyword of a paper. */
export function pageSize({ paper, orientation }: Pick<PrintLayout, 'paper' | 'orientation'>): string {
  return `${paper === 'a4' ? 'A4' : 'letter'} ${orientation}`;
}

/**
 * The printable area in CSS pixels (96 to the inch), and the map's height within it: about half the
 * page, so the title, legend and a short list fit on the same sheet.
 */
export function sheetSize({ paper, orientation }: Pick<PrintLayout, 'paper' | 'orientation'>) {
  const { short, long, margin } = sides[paper];
  const [w, h] = orientation === 'landscape' ? [long, short] : [short, long];
  const width = Math.floor((w - 2 * margin) * 96);
  const height = Math.floor((h - 2 * margin) * 96);
  return {
    width,
    height,
    margin: `${margin.toFixed(3)}in`,
    mapHeight: Math.round(height * (orientation === 'landscape' ? 0.52 : 0.45)),
  };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Reads the layout from the address; anything unknown falls back to Letter, landscape, fitted. */
export function parsePrintLayout(params: Record<string, string | string[] | undefined>): PrintLayout {
  const paper = first(params.paper);
  const orientation = first(params.orient);
  const parts = first(params.bounds)?.split(',').map(Number);
  let bounds: PrintLayout['bounds'] = null;
  if (parts?.length === 4 && parts.every(Number.isFinite)) {
    const [west, south, east, north] = parts as [number, number, number, number];
    const valid = west < east && south < north && west >= -180 && east <= 180 && south >= -85 && north <= 85;
    if (valid) bounds = [west, south, east, north];
  }
  return {
    paper: papers.includes(paper as Paper) ? (paper as Paper) : 'letter',
    orientation: orientations.includes(orientation as Orientation)
      ? (orientation as Orientation)
      : 'landscape',
    bounds,
  };
}

/** The layout's part of the address (beside the map's filter and shading). */
export function appendPrintLayout(params: URLSearchParams, layout: PrintLayout): URLSearchParams {
  if (layout.paper !== 'letter') params.set('paper', layout.paper);
  if (layout.orientation !== 'landscape') params.set('orient', layout.orientation);
  if (layout.bounds) params.set('bounds', layout.bounds.map((n) => n.toFixed(5)).join(','));
  return params;
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  copy: '©',
};

/** A base map's attribution (HTML, as tile servers give it) as the plain words a sheet prints. */
export function attributionText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1]?.toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      }
      return entities[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
