import type { InvitationStatus } from './queries';

/** Why a link opens nothing, in plain words: the page and the accepting actions say the same. */
export const closedMessages: Record<Exclude<InvitationStatus, 'open'> | 'invalid', string> = {
  invalid:
    'This invitation link is not valid. Check that you copied the whole link, or ask whoever invited you for a new one.',
  used: 'This invitation link has already been used. If it was you, sign in with your email and password.',
  expired: 'This invitation link has expired. Ask whoever invited you to send a new one.',
  revoked:
    'This invitation was withdrawn, so the link no longer works. Ask whoever invited you if you still need to join.',
};

export const suspendedSystemMessage =
  'This library system is closed for now, so nobody can join it. Ask whoever invited you.';
