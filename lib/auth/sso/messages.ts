import { deactivatedMessage, suspendedMessage } from '../messages';
import type { SsoRefusal } from './complete';
import type { providerErrorCodes } from './failures-codes';

// What the sign-in page says after a single sign-on that did not end in a session (decision 0027).
// Only known codes are turned into words: the page never shows text from its own address.

const refusals: Record<SsoRefusal, string> = {
  not_configured:
    'Your library’s sign-in service is not set up in Partner Atlas any more. Ask your Partner Atlas admin.',
  suspended: suspendedMessage,
  unverified_email:
    'Your library’s sign-in service did not confirm your email address, so Partner Atlas cannot tell who you are. Ask your library’s IT staff to send a verified email address.',
  outside_domains:
    'You signed in with an email address that this library system does not accept for Partner Atlas. Sign in with your library account, or ask your Partner Atlas admin to add your email’s domain.',
  deactivated: deactivatedMessage,
  pending:
    'Thank you. Your request to use Partner Atlas is waiting for an admin of your library system to approve it. Sign in again once they have.',
  other_account:
    'This email address already belongs to another person’s account at your library’s sign-in service. Ask your Partner Atlas admin.',
};

const providerErrors: Record<(typeof providerErrorCodes)[number], string> = {
  access_denied: 'You, or your library’s sign-in service, declined signing in to Partner Atlas.',
  consent_required:
    'Your library’s sign-in service needs Partner Atlas to be approved there first. Ask your library’s IT staff.',
  login_required: 'Your library’s sign-in service asked you to sign in there first. Try again.',
  interaction_required:
    'Your library’s sign-in service needs you to finish something there first. Try again.',
  account_selection_required: 'Choose an account at your library’s sign-in service, then try again.',
  invalid_request:
    'Your library’s sign-in service did not accept the request from Partner Atlas. Tell your Partner Atlas admin.',
  invalid_scope:
    'Your library’s sign-in service does not give out an email address to Partner Atlas. Tell your Partner Atlas admin.',
  unauthorized_client:
    'Your library’s sign-in service does not allow Partner Atlas to sign people in. Tell your Partner Atlas admin (Settings, Sign-in).',
  invalid_client:
    'Your library’s sign-in service did not accept Partner Atlas’s client id or secret. Tell your Partner Atlas admin (Settings, Sign-in).',
  server_error: 'Your library’s sign-in service had a problem. Try again in a few minutes.',
  temporarily_unavailable:
    'Your library’s sign-in service is busy or down for now. Try again in a few minutes.',
};

/** The message for the sign-in page's query: `sso` (our refusal), `error` (Auth.js's) and `provider_error`. */
export function ssoFailureMessage(params: {
  sso?: unknown;
  error?: unknown;
  providerError?: unknown;
  step?: unknown;
}): {
  tone: 'error' | 'info';
  text: string;
} | null {
  if (typeof params.sso === 'string' && params.sso in refusals) {
    return { tone: params.sso === 'pending' ? 'info' : 'error', text: refusals[params.sso as SsoRefusal] };
  }
  if (typeof params.error !== 'string') return null;
  if (typeof params.providerError === 'string' && params.providerError in providerErrors) {
    return { tone: 'error', text: providerErrors[params.providerError as keyof typeof providerErrors] };
  }
  if (params.step === 'callback') {
    return {
      tone: 'error',
      text: 'The sign-in could not be checked: it took too long, it was started in another tab or browser, or the answer from your library’s sign-in service did not hold up. Start again with “Sign in with …”.',
    };
  }
  return {
    tone: 'error',
    text: 'Signing in through your library’s sign-in service did not work. Try again in a moment; if it keeps failing, tell your Partner Atlas admin.',
  };
}
