import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { partners } from './partners';
import { memberships, users } from './users';
import { interviewModes, interviewStatuses, type QuestionKind, referralStatuses } from './vocabulary';

export const interviewMode = pgEnum('interview_mode', interviewModes);
export const interviewStatus = pgEnum('interview_status', interviewStatuses);
export const referralStatus = pgEnum('referral_status', referralStatuses);

/** One question of a guide version. `id` is stable across versions so answers can be compared. */
export type GuideQuestion = {
  id: string;
  kind: QuestionKind;
  prompt: string;
  hint: string;
  // For single_choice and multi_choice.
  options: string[];
};
export type GuideSection = { id: string; title: string; hint: string; questions: GuideQuestion[] };

/** A named guide. Its questions live in versions; `currentVersionId` is the one new interviews use. */
export const interviewGuides = pgTable(
  'interview_guides',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    // 'community-leader' for the built-in default guide; null for guides people wrote.
    builtinKey: text(),
    name: text().notNull(),
    description: text().notNull().default(''),
    currentVersionId: uuid(),
    retiredAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    updatedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.orgId, t.name),
    uniqueIndex('interview_guides_builtin_unique').on(t.orgId, t.builtinKey),
  ],
);

/** The questions of a guide at one time. Never changed once an interview used it. */
export const interviewGuideVersions = pgTable(
  'interview_guide_versions',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    guideId: uuid()
      .notNull()
      .references(() => interviewGuides.id, { onDelete: 'cascade' }),
    number: integer().notNull(),
    name: text().notNull(),
    sections: jsonb().$type<GuideSection[]>().notNull(),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('interview_guide_versions_number_unique').on(t.guideId, t.number)],
);

/** Answers keyed by question id: text, a list of options, or a 1-5 number. */
export type InterviewAnswers = Record<string, string | string[] | number>;

/**
 * Follow-ups and referrals typed during a draft, kept with it (and saved as the user types) until
 * the interview is completed, when they become follow_ups and referrals rows. `key` is made on the
 * device so an entry keeps its identity across saves.
 */
export type PendingFollowUp = {
  key: string;
  description: string;
  assigneeMembershipId: string;
  dueOn: string;
};
export type PendingReferral = {
  key: string;
  name: string;
  organizationName: string;
  howToReach: string;
  reason: string;
  maySayWhoSuggested: boolean;
};
export type InterviewPending = { followUps: PendingFollowUp[]; referrals: PendingReferral[] };

/** A conversation held with a guide. Draft until completed. */
export const interviews = pgTable(
  'interviews',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    guideVersionId: uuid()
      .notNull()
      .references(() => interviewGuideVersions.id, { onDelete: 'restrict' }),
    partnerId: uuid().references(() => partners.id, { onDelete: 'set null' }),
    intervieweeName: text().notNull().default(''),
    intervieweeRole: text().notNull().default(''),
    heldOn: date({ mode: 'string' }).notNull(),
    mode: interviewMode().notNull().default('in_person'),
    place: text().notNull().default(''),
    status: interviewStatus().notNull().default('draft'),
    // Consent, asked first and stored with the interview. Without consentNotes no answers are kept.
    consentRecordedAt: timestamp({ withTimezone: true }),
    consentNotes: boolean().notNull().default(false),
    consentQuote: boolean().notNull().default(false),
    consentName: boolean().notNull().default(false),
    consentContact: boolean().notNull().default(false),
    answers: jsonb().$type<InterviewAnswers>().notNull().default({}),
    // When the answers were removed because the organization's retention period had passed
    // (lib/retention): the page then says so rather than showing an empty form.
    answersRemovedAt: timestamp({ withTimezone: true }),
    takeaways: text().array().notNull().default(sql`'{}'::text[]`),
    themes: text().array().notNull().default(sql`'{}'::text[]`),
    pending: jsonb().$type<InterviewPending>().notNull().default({ followUps: [], referrals: [] }),
    completedAt: timestamp({ withTimezone: true }),
    completedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    version: integer().notNull().default(1),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    updatedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.orgId, t.heldOn),
    index().on(t.orgId, t.partnerId),
    index().on(t.guideVersionId),
    index('interviews_themes_gin').using('gin', t.themes),
  ],
);

/** Who held an interview: staff members of the same organization. */
export const interviewInterviewers = pgTable(
  'interview_interviewers',
  {
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    interviewId: uuid()
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    membershipId: uuid()
      .notNull()
      .references(() => memberships.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.interviewId, t.membershipId] }), index().on(t.orgId, t.membershipId)],
);

/** "Who else should we talk to?" from an interview; may become a partner, keeping the link. */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    interviewId: uuid()
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    organizationName: text().notNull().default(''),
    howToReach: text().notNull().default(''),
    reason: text().notNull().default(''),
    // Whether we may tell them who suggested them.
    maySayWhoSuggested: boolean().notNull().default(false),
    status: referralStatus().notNull().default('open'),
    // The partner this referral became.
    partnerId: uuid().references(() => partners.id, { onDelete: 'set null' }),
    version: integer().notNull().default(1),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.orgId, t.status), index().on(t.interviewId), index().on(t.partnerId)],
);

export type InterviewGuide = typeof interviewGuides.$inferSelect;
export type NewInterviewGuide = typeof interviewGuides.$inferInsert;
export type InterviewGuideVersion = typeof interviewGuideVersions.$inferSelect;
export type Interview = typeof interviews.$inferSelect;
export type NewInterview = typeof interviews.$inferInsert;
export type Referral = typeof referrals.$inferSelect;
export type NewReferral = typeof referrals.$inferInsert;
