import { z } from 'zod';
import { memberRoles } from '@/lib/auth/roles';
import { emailSchema } from '@/lib/auth/validation';

const roleSchema = z.enum(memberRoles, { error: 'Choose a role.' });

/** An empty select means "no home branch". Whether the branch is the caller's is checked in the action. */
const homeBranchSchema = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : null));

/** Ids arrive as text; the action checks they are uuids of the caller's organization. */
const memberIdSchema = z.string().trim().min(1, 'That member was not found.');

const versionSchema = z.coerce
  .number({ error: 'This form is out of date. Reload the page and try again.' })
  .int()
  .positive('This form is out of date. Reload the page and try again.');

export const addMemberSchema = z.object({
  name: z.string().trim().min(1, 'Enter their name.').max(120, 'Use at most 120 characters.'),
  email: emailSchema,
  role: roleSchema,
  homeBranchId: homeBranchSchema,
  // How a person new to Partner Atlas gets in; an address that has an account is always invited.
  method: z.enum(['password', 'invitation'], { error: 'Choose how they get in.' }).default('password'),
});

export const updateMemberSchema = z.object({
  memberId: memberIdSchema,
  version: versionSchema,
  role: roleSchema,
  homeBranchId: homeBranchSchema,
});

/** Deactivating and reactivating: the status form also carries the version it was shown. */
export const memberStatusSchema = z.object({
  memberId: memberIdSchema,
  version: versionSchema,
});

export const resetPasswordSchema = z.object({
  memberId: memberIdSchema,
});

export type AddMemberInput = z.output<typeof addMemberSchema>;
export type UpdateMemberInput = z.output<typeof updateMemberSchema>;
