import { z } from 'zod';
import {
  agesServed,
  assetCategories,
  formalities,
  foundVia,
  locationPrecisions,
  relationshipDepths,
  relationshipStages,
  sectors,
} from '@/db/schema/vocabulary';
import {
  optionalLatitudeSchema,
  optionalLongitudeSchema,
  splitPastedPair,
  versionSchema,
} from '@/lib/branches/validation';
import { optionalDaySchema } from '@/lib/dates/schemas';
import { partnerLimits } from './limits';

// The partner and contact forms, shared by the forms, the server actions and the tests. Whether a
// branch or an owner belongs to the caller's organization needs the database, so the actions check
// those two; everything else is decided here.

export { partnerLimits };

/** Form text, trimmed; a missing field reads as empty. */
function text(max: number, tooLong = `Use at most ${max} characters.`) {
  return z
    .string()
    .optional()
    .transform((value) => (value ?? '').trim())
    .pipe(z.string().max(max, tooLong));
}

/** A field that arrives once, several times (an array) or not at all, as a list of strings. */
function asList(raw: unknown): unknown {
  if (raw === undefined || raw === null || raw === '') return [];
  return Array.isArray(raw) ? raw : [raw];
}

/** A set of keys from a vocabulary: each must be one of them; repeats collapse. */
function keySet<const K extends readonly [string, ...string[]]>(keys: K, message: string) {
  return z.preprocess(
    asList,
    z.array(z.enum(keys, { error: message })).transform((values) => [...new Set(values)]),
  );
}

/** One key from a vocabulary, or null when the select was left empty. */
function optionalKey<const K extends readonly [string, ...string[]]>(keys: K, message: string) {
  return z.preprocess(
    (raw) => (raw === '' || raw === undefined ? null : raw),
    z.enum(keys, { error: message }).nullable(),
  );
}

/** An id from a select: '' means none. Whether it is the caller's own is the action's to check. */
const optionalId = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : null));

/** Free tags: trimmed, empty ones dropped, repeats (whatever their case) kept once. */
const priorityCommunitiesSchema = z.preprocess(
  (raw) => asList(raw),
  z
    .array(z.string())
    .transform((values) => {
      const seen = new Set<string>();
      const tags: string[] = [];
      for (const value of values) {
        const tag = value.trim().replace(/\s+/g, ' ');
        if (!tag || seen.has(tag.toLowerCase())) continue;
        seen.add(tag.toLowerCase());
        tags.push(tag);
      }
      return tags;
    })
    .superRefine((tags, ctx) => {
      const long = tags.find((tag) => tag.length > partnerLimits.tagLength);
      if (long) {
        ctx.addIssue({
          code: 'custom',
          message: `Keep each community to ${partnerLimits.tagLength} characters; “${long.slice(0, 24)}…” is longer.`,
        });
      }
      if (tags.length > partnerLimits.tags) {
        ctx.addIssue({
          code: 'custom',
          message: `Use at most ${partnerLimits.tags} priority communities (there are ${tags.length}).`,
        });
      }
    }),
);

const optionalEmail = z
  .string()
  .optional()
  .transform((value) => (value ?? '').trim().toLowerCase())
  .pipe(
    z.union([
      z.literal(''),
      z
        .string()
        .max(254, 'That email address is too long.')
        .pipe(z.email('Enter an email address like name@example.org.')),
    ]),
  );

// Digits and the marks people write phone numbers with, with an optional extension.
const phonePattern = /^\+?[\d\s().-]+(\s*(x|ext\.?|extension)\s*\d{1,6})?$/i;

const optionalPhone = text(40, 'Use at most 40 characters.').refine(
  (value) => value === '' || (phonePattern.test(value) && (value.match(/\d/g)?.length ?? 0) >= 7),
  'Enter a phone number like (425) 555-0134, with an extension as “x 12” if needed.',
);

/** A web address: https:// is added when no scheme was typed; only http and https are kept. */
export function normaliseWebsite(raw: string): string | null {
  const value = raw.trim();
  if (!value) return '';
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value.replace(/^\/+/, '')}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname.includes('.') || /\s/.test(value)) return null;
    return withScheme;
  } catch {
    return null;
  }
}

const websiteSchema = text(300).transform((value, ctx) => {
  const url = normaliseWebsite(value);
  if (url === null) {
    ctx.addIssue({ code: 'custom', message: 'Enter a web address like example.org or https://example.org.' });
    return z.NEVER;
  }
  return url;
});

const partnerFields = {
  name: z
    .string({ error: 'Enter the partner’s name.' })
    .trim()
    .min(1, 'Enter the partner’s name.')
    .max(200, 'Use at most 200 characters.'),
  category: z.enum(assetCategories, { error: 'Choose what kind of partner this is.' }),
  sectors: keySet(sectors, 'Choose sectors from the list.'),
  agesServed: keySet(agesServed, 'Choose ages from the list.'),
  priorityCommunities: priorityCommunitiesSchema,
  description: text(4000),
  strengths: text(4000),
  interests: text(4000),
  address: text(300),
  latitude: optionalLatitudeSchema,
  longitude: optionalLongitudeSchema,
  locationPrecision: z.preprocess(
    (raw) => (raw === undefined || raw === '' ? 'exact' : raw),
    z.enum(locationPrecisions, { error: 'Choose how precisely to show the location.' }),
  ),
  website: websiteSchema,
  phone: optionalPhone,
  email: optionalEmail,
  primaryBranchId: optionalId,
  ownerMembershipId: optionalId,
  stage: z.preprocess(
    (raw) => (raw === undefined || raw === '' ? 'identified' : raw),
    z.enum(relationshipStages, { error: 'Choose a stage from the list.' }),
  ),
  endedReason: text(500),
  depth: optionalKey(relationshipDepths, 'Choose a depth from the list.'),
  formality: optionalKey(formalities, 'Choose a formality from the list.'),
  // A calendar day as YYYY-MM-DD (what a date input sends), or null when left empty.
  nextFollowUpOn: optionalDaySchema,
  foundVia: optionalKey(foundVia, 'Choose how you found them from the list.'),
  foundViaNote: text(300),
};

type PartnerShape = {
  category?: string;
  latitude?: number | null;
  longitude?: number | null;
  locationPrecision?: string;
  stage?: string;
  endedReason?: string;
};

/** The rules that tie fields together. Runs even when a field failed, so all errors show at once. */
function partnerRules(value: PartnerShape, ctx: z.RefinementCtx) {
  const hasLat = typeof value.latitude === 'number';
  const hasLng = typeof value.longitude === 'number';
  if (value.latitude === null && hasLng) {
    ctx.addIssue({
      code: 'custom',
      path: ['latitude'],
      message: 'Enter the latitude too, or clear the longitude.',
    });
  }
  if (value.longitude === null && hasLat) {
    ctx.addIssue({
      code: 'custom',
      path: ['longitude'],
      message: 'Enter the longitude too, or clear the latitude.',
    });
  }
  if (value.category === 'individual' && value.locationPrecision === 'exact') {
    ctx.addIssue({
      code: 'custom',
      path: ['locationPrecision'],
      message: 'A person is never pinned exactly: choose approximate or hidden.',
    });
  }
  if (value.stage === 'ended' && !value.endedReason) {
    ctx.addIssue({
      code: 'custom',
      path: ['endedReason'],
      message: 'Say briefly why the relationship ended.',
    });
  }
}

/** An ended reason only means something while the stage is ended. */
function clearUnusedReason<T extends { stage: string; endedReason: string }>(value: T): T {
  return value.stage === 'ended' ? value : { ...value, endedReason: '' };
}

export const createPartnerSchema = z.preprocess(
  (raw) => splitPastedPair(raw),
  z
    .object({
      ...partnerFields,
      // Set when the partner is made from an interview's referral, which then links to it.
      referralId: z
        .string()
        .optional()
        .transform((value) => (value?.trim() ? value.trim() : null)),
    })
    .superRefine(partnerRules)
    .transform(clearUnusedReason),
);

export const updatePartnerSchema = z.preprocess(
  (raw) => splitPastedPair(raw),
  z
    .object({
      ...partnerFields,
      id: z.string().min(1, 'That partner was not found.'),
      version: versionSchema,
    })
    .superRefine(partnerRules)
    .transform(clearUnusedReason),
);

/** Archiving and restoring: the partner and the version the page showed. */
export const partnerStatusSchema = z.object({
  id: z.string().min(1, 'That partner was not found.'),
  version: versionSchema,
});

const contactFields = {
  name: z
    .string({ error: 'Enter the contact’s name.' })
    .trim()
    .min(1, 'Enter the contact’s name.')
    .max(120, 'Use at most 120 characters.'),
  role: text(120),
  email: optionalEmail,
  phone: optionalPhone,
  preferredLanguage: text(60),
  notes: text(2000),
  // A checkbox sends "on" when ticked and nothing otherwise.
  shareWithViewers: z
    .union([z.literal('on'), z.literal('true'), z.literal('false'), z.literal('')])
    .optional()
    .transform((value) => value === 'on' || value === 'true'),
};

export const createContactSchema = z.object({
  ...contactFields,
  partnerId: z.string().min(1, 'That partner was not found.'),
});

export const updateContactSchema = z.object({
  ...contactFields,
  contactId: z.string().min(1, 'That contact was not found.'),
  version: versionSchema,
});

export const deleteContactSchema = z.object({
  contactId: z.string().min(1, 'That contact was not found.'),
  version: versionSchema,
  // Ticked: also remove every mention of them elsewhere (answers, notes, audit values).
  forget: z
    .union([z.literal('on'), z.literal('true'), z.literal('')])
    .optional()
    .transform((value) => value === 'on' || value === 'true'),
});

export type PartnerInput = z.output<typeof createPartnerSchema>;
export type UpdatePartnerInput = z.output<typeof updatePartnerSchema>;
export type ContactInput = z.output<typeof createContactSchema>;
