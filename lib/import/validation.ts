import { z } from 'zod';
import { duplicateDecisions } from './duplicates';
import { importLimits } from './limits';

const jobId = z.string().trim().min(1, 'That import was not found.');

export const uploadImportSchema = z.object({
  // A form whose file input was left empty still sends a nameless, empty file.
  file: z
    .preprocess(
      (raw) => (raw instanceof File && raw.size === 0 && !/\.\w+$/.test(raw.name) ? undefined : raw),
      z.instanceof(File, { error: 'Choose a file to import.' }),
    )
    .refine((file) => file.size > 0, 'Choose a file to import; this one is empty.')
    .refine(
      (file) => file.size <= importLimits.fileBytes,
      `Files up to ${importLimits.fileBytes / 1024 / 1024} MB can be imported: split this one, or leave out columns you don’t need.`,
    ),
});

export const saveMappingSchema = z.object({
  jobId,
  mapping: z.string().max(1_000_000, 'The choices are too long to save.'),
});

/** The decisions arrive as `decision-<row number>` fields. */
export const startImportSchema = z
  .object({ jobId })
  .catchall(z.unknown())
  .transform((value, ctx) => {
    const decisions: Record<string, (typeof duplicateDecisions)[number]> = {};
    for (const [key, raw] of Object.entries(value)) {
      const match = /^decision-(\d{1,7})$/.exec(key);
      if (!match) continue;
      const parsed = z.enum(duplicateDecisions).safeParse(raw);
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'Choose merge, skip or keep both.' });
        continue;
      }
      decisions[match[1]!] = parsed.data;
    }
    return { jobId: value.jobId, decisions };
  });

export const importJobSchema = z.object({ jobId });
