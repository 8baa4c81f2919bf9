// Small numeric helpers and the shape of a result row.

export function percentile(samples: number[], p: number): number {
  if (!samples.length) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export const median = (samples: number[]) => percentile(samples, 50);

/**
 * One figure of the report: the app's value against the baseline measured in the same run.
 * `ratio` is app / baseline; `target` the highest ratio (or absolute value, `targetAbsolute`) allowed.
 */
export type ResultRow = {
  section: 'map' | 'server' | 'load' | 'payload' | 'embedded' | 'areas';
  measure: string;
  size: number | null;
  database: 'postgres' | 'pglite' | null;
  unit: string;
  app: number;
  baseline: number | null;
  ratio: number | null;
  target: string | null;
  met: boolean | null;
  note?: string;
};

export function row(
  base: Omit<ResultRow, 'ratio' | 'met'>,
  check?: { maxRatio?: number; maxApp?: number; higherIsBetter?: boolean },
): ResultRow {
  const ratio = base.baseline ? base.app / base.baseline : null;
  let met: boolean | null = null;
  if (check?.maxRatio !== undefined && ratio !== null) met = ratio <= check.maxRatio;
  if (check?.maxApp !== undefined) met = (met ?? true) && base.app <= check.maxApp;
  return { ...base, ratio, met };
}

const fmt = (value: number | null, unit = '') => {
  if (value === null || Number.isNaN(value)) return '–';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
};

/** The report as a plain-text table. */
export function formatTable(rows: ResultRow[]): string {
  const header = ['section', 'measure', 'size', 'db', 'app', 'baseline', 'ratio', 'target', 'met'];
  const lines = rows.map((r) => [
    r.section,
    r.measure,
    r.size === null ? '' : r.size.toLocaleString('en-US'),
    r.database ?? '',
    fmt(r.app, r.unit),
    fmt(r.baseline, r.unit),
    r.ratio === null ? '' : `${r.ratio.toFixed(2)}×`,
    r.target ?? '',
    r.met === null ? '' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const render = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [render(header), render(widths.map((w) => '-'.repeat(w))), ...lines.map(render)].join('\n');
}
