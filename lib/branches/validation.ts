import { z } from 'zod';

// Coordinates are shared with organization settings (the map centre) and, later, partners. If a
// third capability needs them, move this block to a small shared module (for example lib/geo/).

const decimalPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Form text to a number: '' becomes null (no value), anything that is not a plain decimal NaN. */
function parseCoordinate(raw: unknown): unknown {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string') return raw;
  // Some sites copy a typographic minus (U+2212) or a trailing degree sign.
  const text = raw
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/°$/, '')
    .trim();
  if (text === '') return null;
  return decimalPattern.test(text) ? Number(text) : Number.NaN;
}

function coordinate(label: 'latitude' | 'longitude', limit: number, example: string) {
  const range = `The ${label} is a number between -${limit} and ${limit}, like ${example}.`;
  return z
    .number({
      error: (issue) =>
        issue.input === null ? `Enter the ${label}.` : `Enter the ${label} as a number, like ${example}.`,
    })
    .min(-limit, range)
    .max(limit, range);
}

/** A latitude the user must give. */
export const latitudeSchema = z.preprocess(parseCoordinate, coordinate('latitude', 90, '47.6062'));
/** A longitude the user must give. */
export const longitudeSchema = z.preprocess(parseCoordinate, coordinate('longitude', 180, '-122.3321'));
/** A latitude that may be left empty (null). */
export const optionalLatitudeSchema = z.preprocess(
  parseCoordinate,
  coordinate('latitude', 90, '47.6062').nullable(),
);
/** A longitude that may be left empty (null). */
export const optionalLongitudeSchema = z.preprocess(
  parseCoordinate,
  coordinate('longitude', 180, '-122.3321').nullable(),
);

// Online maps copy a point as one "latitude, longitude" pair. Pasted into the latitude field with
// longitude left empty, it is split in two. Both parts need a decimal point, so a decimal comma
// ("47,6") is never mistaken for a pair.
const pastedPair = /^\s*([+-]?\d+\.\d+)\s*°?\s*,\s*([+-]?\d+\.\d+)\s*°?\s*$/;

/** Splits a pasted "latitude, longitude" pair into its two fields. */
export function splitPastedPair(
  raw: unknown,
  fields: { latitude: string; longitude: string } = { latitude: 'latitude', longitude: 'longitude' },
): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const values = raw as Record<string, unknown>;
  const latitude = values[fields.latitude];
  const longitude = values[fields.longitude];
  if (typeof latitude !== 'string' || (longitude !== undefined && longitude !== '')) return raw;
  const match = pastedPair.exec(latitude.replace(/\u2212/g, '-'));
  if (!match) return raw;
  return { ...values, [fields.latitude]: match[1], [fields.longitude]: match[2] };
}

/** A point needs both numbers; a branch without a point yet has neither. */
function bothOrNeither(value: { latitude: number | null; longitude: number | null }, ctx: z.RefinementCtx) {
  if (value.latitude !== null && value.longitude === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['longitude'],
      message: 'Enter the longitude too, or clear the latitude.',
    });
  }
  if (value.latitude === null && value.longitude !== null) {
    ctx.addIssue({
      code: 'custom',
      path: ['latitude'],
      message: 'Enter the latitude too, or clear the longitude.',
    });
  }
}

/** The version an edit started from (optimistic concurrency). */
export const versionSchema = z.coerce
  .number({ error: 'This form is out of date. Reload the page and try again.' })
  .int('This form is out of date. Reload the page and try again.')
  .min(1, 'This form is out of date. Reload the page and try again.');

const branchFields = {
  name: z
    .string({ error: 'Enter the branch’s name.' })
    .trim()
    .min(1, 'Enter the branch’s name.')
    .max(120, 'Use at most 120 characters.'),
  address: z
    .string()
    .trim()
    .max(300, 'Use at most 300 characters.')
    .optional()
    .transform((value) => value ?? ''),
  latitude: optionalLatitudeSchema,
  longitude: optionalLongitudeSchema,
};

export const createBranchSchema = z.preprocess(
  (raw) => splitPastedPair(raw),
  z.object(branchFields).superRefine(bothOrNeither),
);

export const updateBranchSchema = z.preprocess(
  (raw) => splitPastedPair(raw),
  z.object({ ...branchFields, id: z.string().min(1), version: versionSchema }).superRefine(bothOrNeither),
);

export const deleteBranchSchema = z.object({ id: z.string().min(1), version: versionSchema });

export type BranchInput = z.output<typeof createBranchSchema>;
export type UpdateBranchInput = z.output<typeof updateBranchSchema>;
