import { z } from 'zod';
import { newPasswordSchema } from '@/lib/auth/validation';

export const invitationIdSchema = z.object({
  invitationId: z.uuid('That invitation was not found.'),
});

/** What a person new to Partner Atlas sends from the invitation page. */
export const joinAsNewPersonSchema = z
  .object({
    token: z.string().trim().min(1, 'This invitation link is not valid.'),
    name: z.string().trim().min(1, 'Enter your name.').max(120, 'Use at most 120 characters.'),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords are not the same.',
  });
export type JoinAsNewPersonInput = z.output<typeof joinAsNewPersonSchema>;

export const joinAsAccountSchema = z.object({
  token: z.string().trim().min(1, 'This invitation link is not valid.'),
});

/** The owner of an existing account, not signed in, proves it with their password and joins. */
export const joinWithPasswordSchema = z.object({
  token: z.string().trim().min(1, 'This invitation link is not valid.'),
  password: z
    .string({ error: 'Enter your Partner Atlas password.' })
    .min(1, 'Enter your Partner Atlas password.'),
});
