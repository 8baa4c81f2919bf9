import { z } from 'zod';
import { newPasswordSchema } from '@/lib/auth/validation';

export const changePasswordSchema = z
  .object({
    // Left out just after signing in with a one-time password (the action decides: ./actions.ts).
    currentPassword: z
      .string()
      .optional()
      .transform((value) => value ?? ''),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords are not the same.',
  })
  .refine((value) => !value.currentPassword || value.newPassword !== value.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one.',
  });
