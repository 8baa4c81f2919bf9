/**
 * Runtime settings, read when asked (not frozen at build time), so one build serves any deployment.
 * See README.md, "Configuration".
 */
export const env = {
  /** Demo mode shows the demo accounts on the sign-in page. Never turn it on for real data. */
  demoMode: () => process.env.PARTNER_ATLAS_DEMO === '1' || process.env.PARTNER_ATLAS_DEMO === 'true',
};
