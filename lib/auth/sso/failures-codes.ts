/** OAuth error codes a provider sends back that the sign-in page explains (RFC 6749 4.1.2.1, OIDC 3.1.2.6). */
export const providerErrorCodes = [
  'access_denied',
  'consent_required',
  'login_required',
  'interaction_required',
  'account_selection_required',
  'invalid_request',
  'invalid_scope',
  'unauthorized_client',
  'invalid_client',
  'server_error',
  'temporarily_unavailable',
] as const;
