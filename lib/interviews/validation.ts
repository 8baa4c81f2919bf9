import { z } from 'zod';
import { interviewModes, referralStatuses } from '@/db/schema/vocabulary';
import { versionSchema } from '@/lib/branches/validation';
import { isRealDay } from '@/lib/dates/days';

// The interview forms' rules, shared by the forms, the server actions and the tests. Whether a
// guide, partner or member belongs to the caller's organization needs the database, so the actions
// check those; everything else is decided here.

export const interviewLimits = {
  name: 200,
  place: 200,
  shortAnswer: 500,
  longAnswer: 20_000,
  takeaway: 1_000,
  takeaways: 20,
  theme: 60,
  themes: 20,
  followUps: 30,
  referrals: 30,
  followUpText: 500,
  referralText: 1_000,
} as const;

function text(max: number) {
  return z
    .string()
    .optional()
    .transform((value) => (value ?? '').trim())
    .pipe(z.string().max(max, `Use at most ${max} characters.`));
}

function asList(raw: unknown): unknown {
  if (raw === undefined || raw === null || raw === '') return [];
  return Array.isArray(raw) ? raw : [raw];
}

/** Any real day: the range has a message of its own. */
const anyYear = { minYear: 1, maxYear: 9999 };

export const dateSchema = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .refine((value) => isRealDay(value, anyYear), message)
    .refine(
      (value) => value >= '1990-01-01' && value <= '2100-12-31',
      'Choose a date between 1990 and 2100.',
    );

const idSchema = z.string().trim().min(1);

/** Who, when, how and where: the same when an interview starts and when its details are edited. */
const detailsFields = {
  partnerId: z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value.trim() : null)),
  intervieweeName: text(interviewLimits.name),
  intervieweeRole: text(interviewLimits.name),
  heldOn: dateSchema('Enter the date of the interview.'),
  mode: z.enum(interviewModes, { error: 'Choose in person, phone or video.' }),
  place: text(interviewLimits.place),
  interviewerIds: z.preprocess(
    asList,
    z
      .array(z.string())
      .min(1, 'Choose at least one interviewer.')
      .transform((ids) => [...new Set(ids)]),
  ),
};

function needsSomeone(input: { partnerId: string | null; intervieweeName: string }, ctx: z.RefinementCtx) {
  if (!input.partnerId && !input.intervieweeName) {
    ctx.addIssue({
      code: 'custom',
      path: ['intervieweeName'],
      message: 'Name the person you are interviewing, or choose a partner.',
    });
  }
}

/** Starting an interview: the details and the guide. */
export const startInterviewSchema = z
  .object({
    guideId: z.string({ error: 'Choose a guide.' }).trim().min(1, 'Choose a guide.'),
    ...detailsFields,
  })
  .superRefine(needsSomeone);
export type StartInterviewInput = z.output<typeof startInterviewSchema>;

/** The details of an interview, edited after it started. */
export const interviewDetailsSchema = z
  .object({ id: idSchema, version: versionSchema, ...detailsFields })
  .superRefine(needsSomeone);

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === 'on' || value === 'true' || value === '1');

/** Consent, asked before anything else and stored with the interview. */
export const consentSchema = z.object({
  id: idSchema,
  version: versionSchema,
  consentNotes: checkbox,
  consentQuote: checkbox,
  consentName: checkbox,
  consentContact: checkbox,
});

/** Themes: short tags; trimmed, repeats (whatever their case) kept once. */
export function normaliseThemes(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const theme = value.trim().replace(/\s+/g, ' ');
    if (!theme || seen.has(theme.toLowerCase())) continue;
    seen.add(theme.toLowerCase());
    out.push(theme);
  }
  return out;
}

const answerValue = z.union([
  z
    .string()
    .max(interviewLimits.longAnswer, `Keep an answer under ${interviewLimits.longAnswer} characters.`),
  z.array(z.string().max(500)).max(50),
  z.number().int().min(1).max(5),
]);

const pendingFollowUp = z.object({
  key: z.string().min(1).max(64),
  description: z.string().max(interviewLimits.followUpText),
  assigneeMembershipId: z.string().max(64),
  dueOn: z.string().max(10),
});

const pendingReferral = z.object({
  key: z.string().min(1).max(64),
  name: z.string().max(interviewLimits.name),
  organizationName: z.string().max(interviewLimits.name),
  howToReach: z.string().max(interviewLimits.referralText),
  reason: z.string().max(interviewLimits.referralText),
  maySayWhoSuggested: z.boolean(),
});

/**
 * What the interview screen saves as the user types: the whole draft, sent as one JSON field.
 * Entries may still be incomplete here; completing the interview checks them.
 */
export const draftSchema = z.object({
  answers: z.record(z.string().max(64), answerValue),
  takeaways: z.array(z.string().max(interviewLimits.takeaway)).max(interviewLimits.takeaways),
  themes: z
    .array(z.string().max(interviewLimits.theme, `Keep each theme to ${interviewLimits.theme} characters.`))
    .max(interviewLimits.themes, `Use at most ${interviewLimits.themes} themes.`)
    .transform(normaliseThemes),
  pending: z.object({
    followUps: z.array(pendingFollowUp).max(interviewLimits.followUps),
    referrals: z.array(pendingReferral).max(interviewLimits.referrals),
  }),
});
export type InterviewDraft = z.output<typeof draftSchema>;

export const saveDraftSchema = z.object({
  id: idSchema,
  version: versionSchema,
  draft: z.string().transform((raw, ctx) => {
    try {
      const parsed = draftSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return parsed.data;
      ctx.addIssue({
        code: 'custom',
        message: parsed.error.issues[0]?.message ?? 'The draft could not be read.',
      });
    } catch {
      ctx.addIssue({ code: 'custom', message: 'The draft could not be read.' });
    }
    return z.NEVER;
  }),
});

export const completeInterviewSchema = z.object({ id: idSchema, version: versionSchema });
export const deleteDraftSchema = z.object({ id: idSchema, version: versionSchema });

/**
 * What completing asks of the draft's follow-ups and referrals, as field errors keyed
 * `followUps.<key>.<field>` and `referrals.<key>.<field>` so the screen can put each beside its field.
 */
export function checkPendingForCompletion(draft: Pick<InterviewDraft, 'pending'>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const followUp of draft.pending.followUps) {
    const at = `followUps.${followUp.key}`;
    if (!followUp.description.trim()) errors[`${at}.description`] = ['Say what is to be done.'];
    if (!followUp.assigneeMembershipId) errors[`${at}.assigneeMembershipId`] = ['Choose who will do it.'];
    if (!isRealDay(followUp.dueOn, anyYear)) errors[`${at}.dueOn`] = ['Choose the date it is due by.'];
    else if (followUp.dueOn < '1990-01-01' || followUp.dueOn > '2100-12-31')
      errors[`${at}.dueOn`] = ['Choose a date between 1990 and 2100.'];
  }
  for (const referral of draft.pending.referrals) {
    if (!referral.name.trim() && !referral.organizationName.trim()) {
      errors[`referrals.${referral.key}.name`] = ['Give a name or an organization, or remove this referral.'];
    }
  }
  return errors;
}

export const referralStatusSchema = z.object({
  id: idSchema,
  version: versionSchema,
  status: z.enum(referralStatuses, { error: 'Choose a status.' }),
});

export const attachPartnerSchema = z.object({
  id: idSchema,
  version: versionSchema,
  partnerId: z.string({ error: 'Choose a partner.' }).trim().min(1, 'Choose a partner.'),
});
