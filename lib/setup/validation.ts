import { z } from 'zod';
import { emailSchema, newPasswordSchema } from '@/lib/auth/validation';
import { timeZoneSchema } from '@/lib/dates/schemas';

export const setupSchema = z
  .object({
    organizationName: z
      .string()
      .trim()
      .min(2, 'Enter your library system’s name.')
      .max(200, 'Use at most 200 characters.'),
    // The library's time zone; the form starts from the device's. Without one (a script posting the
    // form), the organization starts at UTC and Settings asks its admin to choose.
    timeZone: timeZoneSchema.optional(),
    name: z.string().trim().min(1, 'Enter your name.').max(120, 'Use at most 120 characters.'),
    email: emailSchema,
    password: newPasswordSchema,
    confirmPassword: z.string(),
    // "I also host other library systems": the first admin is a host admin too (decision 0023).
    alsoHost: z
      .literal('on')
      .optional()
      .transform((value) => value === 'on'),
  })
  .refine((value) => value.password === value.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords are not the same.',
  });

export type SetupInput = z.output<typeof setupSchema>;
