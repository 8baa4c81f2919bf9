import { z } from 'zod';
import { type GeocoderKind, geocoderKinds } from '@/db/schema/vocabulary';
import { latitudeSchema, longitudeSchema, splitPastedPair, versionSchema } from '@/lib/branches/validation';
import { timeZoneSchema } from '@/lib/dates/schemas';

export const minMapZoom = 1;
export const maxMapZoom = 18;

const zoomMessage = `Choose a zoom level from ${minMapZoom} to ${maxMapZoom}.`;

/** The value of `tileUrl` that means the offline base map built into the app. */
export const offlineTiles = 'offline';
export const baseMapChoices = ['default', 'offline', 'custom'] as const;
export type BaseMapChoice = (typeof baseMapChoices)[number];

const tileExample = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const tileMessages = {
  urlMissing: 'Enter the tile address of the map service, or choose the default map.',
  urlInvalid: `Enter a web address starting with https://, like ${tileExample}`,
  urlPlaceholders: `The address needs {z}, {x} and {y} where the zoom level and tile numbers go, like ${tileExample}`,
  attributionMissing:
    'Enter the credit line the map service asks you to show, like “© OpenStreetMap contributors”.',
  attributionHtml:
    'Use plain text, or a link written as <a href="https://…">…</a>. Other HTML is not allowed.',
} as const;

/** Why a tile address template cannot be used, or undefined when it can. */
export function tileUrlProblem(template: string): string | undefined {
  let parsed: URL;
  try {
    // {s} (subdomain), {r} (retina) and the rest are Leaflet placeholders, not part of a real address.
    parsed = new URL(template.replace(/\{-?[a-z]+\}/gi, '0'));
  } catch {
    return tileMessages.urlInvalid;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return tileMessages.urlInvalid;
  if (!template.includes('{z}') || !template.includes('{x}') || !/\{-?y\}/.test(template)) {
    return tileMessages.urlPlaceholders;
  }
  return undefined;
}

// The map shows the credit line as HTML, so only plain text and plain links may be stored: an
// admin's typo, or worse, must never run as script in every colleague's browser.
const allowedTag = /<a\s+href="https?:\/\/[^"<>\s]*"(?:\s+(?:title|target|rel)="[^"<>]*")*\s*>|<\/a\s*>/gi;

/** Plain text, entities such as &copy;, and <a href="https://…"> links; nothing else. */
export function isSafeAttribution(text: string): boolean {
  return !/[<>]/.test(text.replace(allowedTag, ''));
}

export const cadenceLimits = { min: 7, max: 365 } as const;
const cadenceMessage = `Enter a whole number of days from ${cadenceLimits.min} to ${cadenceLimits.max}.`;

const optionalText = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`).optional();

const settingsFields = z.object({
  name: z
    .string({ error: 'Enter your library system’s name.' })
    .trim()
    .min(2, 'Enter your library system’s name.')
    .max(200, 'Use at most 200 characters.'),
  // The organization's time zone (lib/dates). Left out (an older form), it stays as it is.
  timeZone: timeZoneSchema.optional(),
  mapCenterLat: latitudeSchema,
  mapCenterLng: longitudeSchema,
  mapZoom: z.coerce
    .number({ error: zoomMessage })
    .int(zoomMessage)
    .min(minMapZoom, zoomMessage)
    .max(maxMapZoom, zoomMessage),
  // The form sends the choice and the fields of a custom map. Left out (an older form), the base
  // map and geocoder stay as they are.
  baseMap: z.enum(baseMapChoices, { error: 'Choose a base map.' }).optional(),
  tileUrl: optionalText(500),
  tileAttribution: optionalText(300),
  geocoder: z.enum(geocoderKinds, { error: 'Choose how addresses are looked up.' }).optional(),
  // Relationship health (lib/relationships/health.ts). Left out (an older form), it stays as it is.
  healthCadenceDays: z.preprocess(
    (raw) => (raw === undefined ? undefined : typeof raw === 'string' ? raw.trim() : raw),
    z.coerce
      .number({ error: cadenceMessage })
      .int(cadenceMessage)
      .min(cadenceLimits.min, cadenceMessage)
      .max(cadenceLimits.max, cadenceMessage)
      .optional(),
  ),
  version: versionSchema,
});

type Fields = z.output<typeof settingsFields>;

/** Which base map the form asks for: the choice if given, else what `tileUrl` alone says. */
function baseMapOf(input: Fields): BaseMapChoice | undefined {
  if (input.baseMap) return input.baseMap;
  if (input.tileUrl === undefined) return undefined;
  if (input.tileUrl === '') return 'default';
  return input.tileUrl.toLowerCase() === offlineTiles ? 'offline' : 'custom';
}

const tileFields = new Set(['baseMap', 'tileUrl', 'tileAttribution']);

function checkTiles(input: Fields, ctx: z.RefinementCtx) {
  if (baseMapOf(input) !== 'custom') return;
  const url = input.tileUrl ?? '';
  if (url.toLowerCase() === offlineTiles) return;
  const problem = url === '' ? tileMessages.urlMissing : tileUrlProblem(url);
  if (problem) ctx.addIssue({ code: 'custom', path: ['tileUrl'], message: problem });
  const attribution = input.tileAttribution ?? '';
  if (attribution === '') {
    ctx.addIssue({ code: 'custom', path: ['tileAttribution'], message: tileMessages.attributionMissing });
  } else if (!isSafeAttribution(attribution)) {
    ctx.addIssue({ code: 'custom', path: ['tileAttribution'], message: tileMessages.attributionHtml });
  }
}

/** What the organization's row gets: null means the deployment's default map. */
export type TileSetting = { url: string | null; attribution: string | null };

function tilesOf(input: Fields): TileSetting | undefined {
  switch (baseMapOf(input)) {
    case undefined:
      return undefined;
    case 'default':
      return { url: null, attribution: null };
    case 'offline':
      return { url: offlineTiles, attribution: null };
    case 'custom':
      return input.tileUrl?.toLowerCase() === offlineTiles
        ? { url: offlineTiles, attribution: null }
        : { url: input.tileUrl ?? '', attribution: input.tileAttribution ?? '' };
  }
}

export const organizationSettingsSchema = z.preprocess(
  (raw) => splitPastedPair(raw, { latitude: 'mapCenterLat', longitude: 'mapCenterLng' }),
  settingsFields
    // Checked even when another field (the name, say) is wrong, so every message shows at once.
    .superRefine(checkTiles, {
      when: (payload) => !payload.issues.some((i) => tileFields.has(String(i.path?.[0]))),
    })
    .transform((input) => ({
      name: input.name,
      /** Undefined: leave the time zone as it is. */
      timeZone: input.timeZone,
      mapCenterLat: input.mapCenterLat,
      mapCenterLng: input.mapCenterLng,
      mapZoom: input.mapZoom,
      /** Undefined: leave the base map as it is. */
      tiles: tilesOf(input),
      /** Undefined: leave the geocoder as it is. */
      geocoder: input.geocoder as GeocoderKind | undefined,
      /** Undefined: leave the cadence as it is. */
      healthCadenceDays: input.healthCadenceDays,
      version: input.version,
    })),
);

export type OrganizationSettingsInput = z.output<typeof organizationSettingsSchema>;
