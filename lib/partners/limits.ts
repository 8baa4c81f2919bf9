/** Limits shared by the partner forms (in the browser) and their validation (on the server). */
export const partnerLimits = { tags: 20, tagLength: 60 } as const;
