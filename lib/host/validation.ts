import { z } from 'zod';
import { emailSchema } from '@/lib/auth/validation';
import { timeZoneSchema } from '@/lib/dates/schemas';

function coordinate(label: string, limit: number) {
  const message = `Enter a ${label} between -${limit} and ${limit}, like ${limit === 90 ? '48.42' : '-122.33'}.`;
  return z
    .string({ error: message })
    .trim()
    .min(1, message)
    .transform((value) => Number(value))
    .refine((value) => Number.isFinite(value) && Math.abs(value) <= limit, message);
}

export const createSystemSchema = z.object({
  name: z.string().trim().min(2, 'Enter the library system’s name.').max(200, 'Use at most 200 characters.'),
  timeZone: timeZoneSchema,
  mapCenterLat: coordinate('latitude', 90),
  mapCenterLng: coordinate('longitude', 180),
  adminName: z
    .string()
    .trim()
    .min(1, 'Enter the first admin’s name.')
    .max(120, 'Use at most 120 characters.'),
  adminEmail: emailSchema,
  // A one-time password shown to the host, or an invitation link (decision 0024).
  adminMethod: z
    .enum(['password', 'invitation'], { error: 'Choose how the admin gets in.' })
    .default('password'),
});
export type CreateSystemInput = z.output<typeof createSystemSchema>;

export const systemIdSchema = z.object({ orgId: z.uuid('That library system was not found.') });

/** A new invitation link for the first admin of a system that has none (its link was lost or expired). */
export const inviteFirstAdminSchema = z.object({
  orgId: z.uuid('That library system was not found.'),
  adminName: createSystemSchema.shape.adminName,
  adminEmail: emailSchema,
});
export type InviteFirstAdminInput = z.output<typeof inviteFirstAdminSchema>;

export const addHostAdminSchema = z.object({
  email: emailSchema,
  name: z
    .string({ error: 'Enter a name.' })
    .trim()
    .min(1, 'Enter a name.')
    .max(120, 'Use at most 120 characters.'),
});

export const scheduleDeletionSchema = z.object({
  orgId: z.uuid('That library system was not found.'),
  // Compared exactly with the name (not trimmed): the point is to type it deliberately.
  confirmName: z
    .string({ error: 'Type the library system’s name.' })
    .min(1, 'Type the library system’s name.'),
});
