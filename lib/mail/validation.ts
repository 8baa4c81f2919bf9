import { z } from 'zod';
import { mailSecurities } from '@/db/schema/vocabulary';

const hostShape = /^[A-Za-z0-9.-]+$|^\[[0-9a-fA-F:.]+\]$/;

/** Settings, Mail: the deployment's server, or one of the organization's own. */
export const mailSettingsSchema = z
  .object({
    server: z.enum(['deployment', 'own'], { error: 'Choose which mail server to use.' }),
    host: z.string().trim().max(253).default(''),
    port: z.string().trim().default(''),
    security: z.enum(mailSecurities, { error: 'Choose how to secure the connection.' }).default('starttls'),
    username: z.string().trim().max(320).default(''),
    // Blank keeps the password already saved (it is never sent back to the page).
    password: z.string().max(500).default(''),
    from: z.string().trim().max(320).default(''),
  })
  .superRefine((value, ctx) => {
    if (value.server !== 'own') return;
    if (!hostShape.test(value.host)) {
      ctx.addIssue({
        code: 'custom',
        path: ['host'],
        message: 'Enter the mail server’s host name, e.g. smtp.library.example.',
      });
    }
    const port = Number(value.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      ctx.addIssue({
        code: 'custom',
        path: ['port'],
        message: 'Enter a port from 1 to 65535 (usually 587 or 465).',
      });
    }
    if (!/^[^@\s<>]+@[^@\s<>]+$/.test(value.from.replace(/^.*<([^>]*)>\s*$/, '$1'))) {
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: 'Enter the address messages come from, e.g. Partner Atlas <atlas@library.example>.',
      });
    }
  });

export type MailSettingsInput = z.output<typeof mailSettingsSchema>;
