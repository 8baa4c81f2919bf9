import type { AgeServed, AssetCategory } from '@/db/schema/vocabulary';
import { agesServed, assetCategories } from '@/db/schema/vocabulary';
import { describeArea, missingCategoriesInWords } from './describe';

// The map's area shading: what the address bar says about it, and the scale the map and its legend
// share. Pure: safe in the browser and on the server.

export const shadingModes = ['off', 'partners', 'coverage'] as const;
export type ShadingMode = (typeof shadingModes)[number];

export const shadingLabels: Record<ShadingMode, string> = {
  off: 'Off',
  partners: 'By active partners',
  coverage: 'By coverage of categories and ages',
};

/** `shade` and `areas` (a set id) in the address bar, beside the partner filters. */
export type Shading = { mode: ShadingMode; setId: string | null };

export const noShading: Shading = { mode: 'off', setId: null };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function first(source: ParamSource, key: string): string | undefined {
  if (source instanceof URLSearchParams) return source.get(key) ?? undefined;
  const value = source[key];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads the shading from the address bar; anything unknown is off. */
export function parseShading(source: ParamSource): Shading {
  const mode = first(source, 'shade');
  const setId = first(source, 'areas');
  return {
    mode: (shadingModes as readonly string[]).includes(mode ?? '') ? (mode as ShadingMode) : 'off',
    setId: setId && uuid.test(setId) ? setId : null,
  };
}

/** Adds the shading to the address bar's parameters, leaving out what is off or default. */
export function appendShading(params: URLSearchParams, shading: Shading): URLSearchParams {
  if (shading.mode !== 'off') params.set('shade', shading.mode);
  if (shading.mode !== 'off' && shading.setId) params.set('areas', shading.setId);
  return params;
}

/** Every kind and age there is: the most an area can cover. */
export const coverageTotal = assetCategories.length + agesServed.length;

export type ShadedArea = {
  id: string;
  name: string;
  polygons: [number, number][][][];
  partners: number;
  approximate: number;
  hidden: number;
  missingAges: AgeServed[];
  missingCategories: AssetCategory[];
};

/** The areas as a page draws them: the shading asked for, with the set's areas counted. */
export type ShadedView = {
  mode: Exclude<ShadingMode, 'off'>;
  set: { id: string; name: string };
  areas: ShadedArea[];
  hiddenLeftOut: boolean;
};

/** What to shade for the shading asked, from the counted areas (lib/areas/map.ts); null for none. */
export function shadedView(
  asked: Shading,
  counted: { set: { id: string; name: string } | null; areas: ShadedArea[]; hiddenLeftOut: boolean },
): ShadedView | null {
  if (asked.mode === 'off' || !counted.set) return null;
  return { mode: asked.mode, set: counted.set, areas: counted.areas, hiddenLeftOut: counted.hiddenLeftOut };
}

/** How many kinds and ages an area's partners cover, out of `coverageTotal`. */
export function coveredCount(area: Pick<ShadedArea, 'missingAges' | 'missingCategories'>): number {
  return coverageTotal - area.missingAges.length - area.missingCategories.length;
}

/** One step of the scale: the lowest value it holds, its words and its fill (light to dark). */
export type ShadeStep = { min: number; label: string; fill: string };

const fills = ['#f7f4ee', '#b9dcd3', '#5fa596', '#1f5f55'];

export const shadeSteps: Record<Exclude<ShadingMode, 'off'>, ShadeStep[]> = {
  partners: [
    { min: 0, label: 'No partners', fill: fills[0]! },
    { min: 1, label: '1 or 2 partners', fill: fills[1]! },
    { min: 3, label: '3 to 9 partners', fill: fills[2]! },
    { min: 10, label: '10 or more partners', fill: fills[3]! },
  ],
  coverage: [
    { min: 0, label: `None of the ${coverageTotal} categories and ages`, fill: fills[0]! },
    { min: 1, label: `1 to ${coverageTotal / 2 - 1}`, fill: fills[1]! },
    { min: coverageTotal / 2, label: `${coverageTotal / 2} to ${coverageTotal - 1}`, fill: fills[2]! },
    { min: coverageTotal, label: `All ${coverageTotal}`, fill: fills[3]! },
  ],
};

/** The value an area is shaded by, and the words written on it on the map. */
export function shadeValue(area: ShadedArea, mode: Exclude<ShadingMode, 'off'>) {
  if (mode === 'partners') return { value: area.partners, text: String(area.partners) };
  const covered = coveredCount(area);
  return { value: covered, text: `${covered}/${coverageTotal}` };
}

export function shadeStep(value: number, mode: Exclude<ShadingMode, 'off'>): ShadeStep {
  const steps = shadeSteps[mode];
  return [...steps].reverse().find((step) => value >= step.min) ?? steps[0]!;
}

/** "Casino Road: 2 partners; no partners serving teens or older adults", and, for coverage, the kinds. */
export function describeShadedArea(area: ShadedArea, mode: Exclude<ShadingMode, 'off'>): string {
  const base = describeArea(area);
  if (mode !== 'coverage' || area.partners === 0 || area.missingCategories.length === 0) return base;
  return `${base}; no ${missingCategoriesInWords(area.missingCategories)} partners`;
}
