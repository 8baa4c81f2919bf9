import type { PasswordRefusal } from './credentials';

function inMinutes(until: Date | null): string {
  const minutes = until ? Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000)) : null;
  return minutes ? `Try again in ${minutes} minute${minutes === 1 ? '' : 's'}` : 'Try again later';
}

/** What a locked-out member reads, in the sign-in form and wherever a password is asked for again. */
export function lockedMessage(until: Date | null): string {
  return `Too many failed sign-ins for this account, so it is locked for a while. ${inMinutes(until)}, or ask your library’s admin to reset your password.`;
}

/** Too many failures from one network: said the same whatever address was typed. */
export function clientLockedMessage(until: Date | null): string {
  return `Too many failed sign-ins have come from your network, so signing in from it is paused for a while. ${inMinutes(until)}. If many people share this connection, one of them may have mistyped a password several times.`;
}

export const busyMessage =
  'Partner Atlas is seeing an unusual number of failed sign-ins, so for a few minutes nobody gets a second try after a wrong password. Wait a few minutes, then try again.';

export const suspendedMessage =
  'Your library system’s Partner Atlas is suspended by the service that hosts it, so nobody can sign in to it for now. Its records are kept. Ask your library’s admin or the host when it will reopen.';

export const ssoOnlyMessage =
  'Your library system signs in with its own accounts, not with a Partner Atlas password. Type your email above and use the “Sign in with …” button that appears.';

export const deactivatedMessage =
  'This account has been deactivated. Ask your library’s Partner Atlas admin if you need access again.';

export const invalidMessage = 'That email and password don’t match an account. Check both and try again.';

/** The message for any refusal of a password. */
export function refusalMessage(refusal: PasswordRefusal): string {
  switch (refusal.reason) {
    case 'locked':
      return lockedMessage(refusal.until);
    case 'client_locked':
      return clientLockedMessage(refusal.until);
    case 'busy':
      return busyMessage;
    default:
      return invalidMessage;
  }
}
