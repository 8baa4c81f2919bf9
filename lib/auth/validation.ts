import { z } from 'zod';

export const emailSchema = z
  .string()
  .trim()
  .min(1, 'Enter an email address.')
  .max(254, 'That email address is too long.')
  .pipe(z.email('Enter an email address like name@library.org.'))
  .transform((value) => value.toLowerCase());

export const newPasswordSchema = z
  .string()
  .min(12, 'Use at least 12 characters.')
  .max(200, 'Use at most 200 characters.');

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password.').max(200, 'That password is too long.'),
});

/** Where people land after signing in when they were not on their way somewhere: the map. */
export const afterSignInPath = '/map';

/** Where to go after signing in: only a path on this site, never another origin. */
export function safeCallbackPath(raw: unknown): string {
  if (typeof raw !== 'string' || raw === '') return afterSignInPath;
  try {
    const url = new URL(raw, 'http://partner-atlas.invalid');
    const path = `${url.pathname}${url.search}${url.hash}`;
    if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/sign-in')) return afterSignInPath;
    return path;
  } catch {
    return afterSignInPath;
  }
}

/** Where the library system chooser (/choose) sends people on: a safe path, never back to itself. */
export function chooserNextPath(raw: unknown): string {
  const path = safeCallbackPath(raw);
  return path === '/choose' || path.startsWith('/choose?') || path.startsWith('/choose/')
    ? afterSignInPath
    : path;
}

/** After signing in, through the chooser: it asks only a person with several library systems. */
export function throughChooser(callbackPath: string): string {
  return `/choose?next=${encodeURIComponent(chooserNextPath(callbackPath))}`;
}
