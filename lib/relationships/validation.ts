import { z } from 'zod';
import { interactionKinds, relationshipStages } from '@/db/schema/vocabulary';
import { versionSchema } from '@/lib/branches/validation';
import { daySchema, optionalDaySchema } from '@/lib/dates/schemas';

// The relationship forms (stage moves, interactions, follow-ups), shared by the forms, the server
// actions and the tests. Whether a partner or a member belongs to the caller's organization needs
// the database, so the actions check those; everything else is decided here.

export const relationshipLimits = { note: 4000, stageNote: 1000, endedReason: 500, followUp: 500 } as const;

function text(max: number) {
  return z
    .string()
    .optional()
    .transform((value) => (value ?? '').trim())
    .pipe(z.string().max(max, `Use at most ${max} characters.`));
}

const id = (message: string) => z.string({ error: message }).trim().min(1, message);

/** A field that arrives once, several times or not at all, as a list of distinct strings. */
const idList = z.preprocess(
  (raw) => (raw === undefined || raw === null || raw === '' ? [] : Array.isArray(raw) ? raw : [raw]),
  z.array(z.string()).transform((values) => [...new Set(values.map((v) => v.trim()).filter(Boolean))]),
);

export const changeStageSchema = z
  .object({
    partnerId: id('That partner was not found.'),
    version: versionSchema,
    toStage: z.enum(relationshipStages, { error: 'Choose the new stage.' }),
    note: text(relationshipLimits.stageNote),
    endedReason: text(relationshipLimits.endedReason),
  })
  .superRefine((value, ctx) => {
    if (value.toStage === 'ended' && !value.endedReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['endedReason'],
        message: 'Say briefly why the relationship ended.',
      });
    }
  });

/** The optional follow-up logged with an interaction: all three parts, or none. */
const followUpFields = {
  followUpDescription: text(relationshipLimits.followUp),
  followUpAssignee: z
    .string()
    .optional()
    .transform((value) => value?.trim() ?? ''),
  followUpDueOn: optionalDaySchema,
};

const interactionFields = {
  kind: z.enum(interactionKinds, { error: 'Choose what kind of contact it was.' }),
  occurredOn: daySchema('Enter the day it happened.'),
  participants: idList,
  note: text(relationshipLimits.note),
};

type FollowUpShape = { followUpDescription: string; followUpAssignee: string; followUpDueOn: string | null };

function followUpRules(value: FollowUpShape, ctx: z.RefinementCtx) {
  if (!value.followUpDescription) return;
  if (!value.followUpDueOn) {
    ctx.addIssue({ code: 'custom', path: ['followUpDueOn'], message: 'Say by when it should be done.' });
  }
  if (!value.followUpAssignee) {
    ctx.addIssue({ code: 'custom', path: ['followUpAssignee'], message: 'Choose who will do it.' });
  }
}

/** The optional stage move logged with an interaction (one form for "we met, and now they are…"). */
const stageMoveFields = {
  moveStage: z
    .union([z.literal('on'), z.literal('true'), z.literal('')])
    .optional()
    .transform((value) => value === 'on' || value === 'true'),
  toStage: z
    .union([z.enum(relationshipStages, { error: 'Choose the new stage.' }), z.literal('')])
    .optional()
    .transform((value) => value || null),
  endedReason: text(relationshipLimits.endedReason),
  // The partner's version the form was shown with: a move on top of someone else's is refused.
  partnerVersion: z.coerce.number().int().nonnegative().optional(),
};

type StageMoveShape = { moveStage: boolean; toStage: string | null; endedReason: string };

function stageMoveRules(value: StageMoveShape, ctx: z.RefinementCtx) {
  if (!value.moveStage) return;
  if (!value.toStage) ctx.addIssue({ code: 'custom', path: ['toStage'], message: 'Choose the new stage.' });
  if (value.toStage === 'ended' && !value.endedReason) {
    ctx.addIssue({
      code: 'custom',
      path: ['endedReason'],
      message: 'Say briefly why the relationship ended.',
    });
  }
}

export const createInteractionSchema = z
  .object({
    partnerId: id('That partner was not found.'),
    ...interactionFields,
    ...followUpFields,
    ...stageMoveFields,
  })
  .superRefine((value, ctx) => {
    followUpRules(value, ctx);
    stageMoveRules(value, ctx);
  });

export const updateInteractionSchema = z.object({
  interactionId: id('That interaction was not found.'),
  version: versionSchema,
  ...interactionFields,
});

export const deleteInteractionSchema = z.object({
  interactionId: id('That interaction was not found.'),
  version: versionSchema,
});

export const createFollowUpSchema = z.object({
  partnerId: id('That partner was not found.'),
  description: z
    .string({ error: 'Say what needs doing.' })
    .trim()
    .min(1, 'Say what needs doing.')
    .max(relationshipLimits.followUp, `Use at most ${relationshipLimits.followUp} characters.`),
  assigneeMembershipId: id('Choose who will do it.'),
  dueOn: daySchema('Say by when it should be done.'),
});

const followUpRef = {
  followUpId: id('That follow-up was not found.'),
  version: versionSchema,
};

export const followUpStatusSchema = z.object(followUpRef);

export const snoozeFollowUpSchema = z
  .object({
    ...followUpRef,
    // "week" snoozes a week from the later of today and the due date; "date" uses `until`.
    how: z.enum(['week', 'date'], { error: 'Choose how long to snooze it.' }),
    until: optionalDaySchema,
  })
  .superRefine((value, ctx) => {
    if (value.how === 'date' && !value.until) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'Choose the new due date.' });
    }
  });

export const reassignFollowUpSchema = z.object({
  ...followUpRef,
  assigneeMembershipId: id('Choose who should do it.'),
});

export type CreateInteractionInput = z.output<typeof createInteractionSchema>;
export type UpdateInteractionInput = z.output<typeof updateInteractionSchema>;
