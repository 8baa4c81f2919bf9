import { z } from 'zod';
import { versionSchema } from '@/lib/branches/validation';
import { answerPeriodLimits, answerUnits, importDaysLimits } from './settings';

export const retentionMessages = {
  keepChoice: 'Choose whether interview answers are removed after a period or kept.',
  unit: 'Choose years or months.',
  years: `Enter a whole number of years from ${answerPeriodLimits.years.min} to ${answerPeriodLimits.years.max}.`,
  months: `Enter a whole number of months from ${answerPeriodLimits.months.min} to ${answerPeriodLimits.months.max}.`,
  days: `Enter a whole number of days from ${importDaysLimits.min} to ${importDaysLimits.max}.`,
} as const;

// A whole number typed in a box: '' and '2.5' are refused with the field's own sentence.
const wholeNumber = (message: string) =>
  z.preprocess(
    (raw) => (typeof raw === 'string' ? raw.trim() : raw),
    z
      .string({ error: message })
      .regex(/^\d{1,4}$/, message)
      .transform(Number),
  );

const fields = z.object({
  answersKeep: z.enum(['period', 'forever'], { error: retentionMessages.keepChoice }),
  // Only read when answers are removed after a period; a disabled box sends nothing.
  answersPeriod: z.string().optional(),
  answersUnit: z.string().optional(),
  importFilesDays: wholeNumber(retentionMessages.days).pipe(
    z
      .number()
      .min(importDaysLimits.min, retentionMessages.days)
      .max(importDaysLimits.max, retentionMessages.days),
  ),
  version: versionSchema,
});

const answerFields = new Set(['answersKeep', 'answersPeriod', 'answersUnit']);

/** The retention form: each problem beside its own field, every one at once. */
export const retentionSettingsSchema = fields
  .superRefine(
    (input, ctx) => {
      if (input.answersKeep !== 'period') return;
      const unit = answerUnits.find((u) => u === input.answersUnit);
      if (!unit) {
        ctx.addIssue({ code: 'custom', path: ['answersUnit'], message: retentionMessages.unit });
        return;
      }
      const limits = answerPeriodLimits[unit];
      const text = (input.answersPeriod ?? '').trim();
      const amount = /^\d{1,4}$/.test(text) ? Number(text) : Number.NaN;
      if (!(amount >= limits.min && amount <= limits.max)) {
        ctx.addIssue({ code: 'custom', path: ['answersPeriod'], message: retentionMessages[unit] });
      }
    },
    {
      // Checked even when the days are wrong, so every message shows at once.
      when: (payload) => !payload.issues.some((issue) => answerFields.has(String(issue.path?.[0]))),
    },
  )
  .transform((input) => ({
    /** Null: answers are kept until someone removes them. */
    interviewAnswersKeepMonths:
      input.answersKeep === 'forever'
        ? null
        : Number((input.answersPeriod ?? '').trim()) * (input.answersUnit === 'years' ? 12 : 1),
    importFilesKeepDays: input.importFilesDays,
    version: input.version,
  }));

export type RetentionSettingsInput = z.output<typeof retentionSettingsSchema>;
