import { z } from 'zod';

/** The organization's choice on Settings → Organization: a checkbox, absent when unticked. */
export const consortiumSharingSchema = z.object({
  share: z
    .string()
    .optional()
    .transform((value) => value === 'on' || value === 'true' || value === '1'),
});
