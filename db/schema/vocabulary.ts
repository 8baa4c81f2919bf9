/**
 * The keys of the partner vocabularies (see PRODUCT.md, "Vocabularies"). Plain data, safe to import
 * in the browser; the words people read are in lib/partners/vocabulary.ts.
 */
export const assetCategories = [
  'individual',
  'association',
  'institution',
  'physical_space',
  'local_economy',
  'culture_stories',
] as const;
export type AssetCategory = (typeof assetCategories)[number];

export const sectors = [
  'early_learning',
  'k12_education',
  'higher_education',
  'health_wellness',
  'social_services',
  'housing',
  'food',
  'employment',
  'faith',
  'government_civic',
  'public_safety',
  'arts_culture',
  'media',
  'parks_recreation',
  'youth_serving',
  'older_adults',
  'immigrant_refugee',
  'disability',
  'tribal_indigenous',
  'business',
  'other',
] as const;
export type Sector = (typeof sectors)[number];

export const agesServed = [
  'early_childhood',
  'children',
  'teens',
  'adults',
  'older_adults',
  'families',
] as const;
export type AgeServed = (typeof agesServed)[number];

export const relationshipStages = [
  'identified',
  'reached_out',
  'connected',
  'collaborating',
  'sustained',
  'paused',
  'ended',
] as const;
export type RelationshipStage = (typeof relationshipStages)[number];

export const relationshipDepths = ['networking', 'coordinating', 'cooperating', 'collaborating'] as const;
export type RelationshipDepth = (typeof relationshipDepths)[number];

export const formalities = ['informal', 'letter_of_agreement', 'mou_contract'] as const;
export type Formality = (typeof formalities)[number];

/** A person's home is never pinned exactly: `approximate` is drawn as an area, `hidden` not at all. */
export const locationPrecisions = ['exact', 'approximate', 'hidden'] as const;
export type LocationPrecision = (typeof locationPrecisions)[number];

export const foundVia = ['referral', 'interview', 'outreach', 'other'] as const;
export type FoundVia = (typeof foundVia)[number];

export const geocoderKinds = ['nominatim', 'census', 'offline'] as const;
export type GeocoderKind = (typeof geocoderKinds)[number];

export const interviewModes = ['in_person', 'phone', 'video'] as const;
export type InterviewMode = (typeof interviewModes)[number];

export const interviewStatuses = ['draft', 'complete'] as const;
export type InterviewStatus = (typeof interviewStatuses)[number];

/** The kinds of question a guide can ask; `referrals` collects "who else should we talk to?". */
export const questionKinds = [
  'long_text',
  'short_text',
  'single_choice',
  'multi_choice',
  'scale',
  'referrals',
] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const referralStatuses = ['open', 'contacted', 'became_partner', 'not_pursued'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

export const interactionKinds = [
  'meeting',
  'call',
  'email',
  'event',
  'joint_program',
  'interview',
  'other',
] as const;
export type InteractionKind = (typeof interactionKinds)[number];

export const followUpStatuses = ['open', 'done'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

/** Where a spreadsheet import stands (lib/import/status.ts words them). */
export const importStatuses = ['mapping', 'review', 'queued', 'running', 'done', 'failed', 'undone'] as const;
export type ImportStatus = (typeof importStatuses)[number];

/** How the app talks to a mail server (lib/mail). */
export const mailSecurities = ['starttls', 'tls', 'none'] as const;
export type MailSecurity = (typeof mailSecurities)[number];

/** How often a member's reminder digest comes (lib/reminders). */
export const digestFrequencies = ['weekly', 'daily', 'off'] as const;
export type DigestFrequency = (typeof digestFrequencies)[number];

/** Where one digest stands: waiting (or waiting to retry), sent, nothing to say, or given up. */
export const digestDeliveryStatuses = ['pending', 'sent', 'empty', 'failed'] as const;
export type DigestDeliveryStatus = (typeof digestDeliveryStatuses)[number];
