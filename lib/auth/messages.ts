/** What a locked-out member reads, in the sign-in form and wherever a password is asked for again. */
export function lockedMessage(until: Date | null): string {
  const minutes = until ? Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000)) : null;
  const when = minutes ? ` Try again in ${minutes} minute${minutes === 1 ? '' : 's'}` : ' Try again later';
  return `Too many failed sign-ins for this account, so it is locked for a while.${when}, or ask your library’s admin to reset your password.`;
}
