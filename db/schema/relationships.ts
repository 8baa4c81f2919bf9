import {
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { interviews } from './interviews';
import { organizations } from './organizations';
import { partners, relationshipStage } from './partners';
import { memberships, users } from './users';
import { followUpStatuses, interactionKinds } from './vocabulary';

export const interactionKind = pgEnum('interaction_kind', interactionKinds);
export const followUpStatus = pgEnum('follow_up_status', followUpStatuses);

/** A dated touchpoint with a partner. The partner's lastInteractionAt follows the latest one. */
export const interactions = pgTable(
  'interactions',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    kind: interactionKind().notNull(),
    occurredOn: date({ mode: 'string' }).notNull(),
    note: text().notNull().default(''),
    // Set when the interaction is the record of a completed interview.
    interviewId: uuid().references(() => interviews.id, { onDelete: 'set null' }),
    version: integer().notNull().default(1),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    updatedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.orgId, t.occurredOn),
    index().on(t.partnerId, t.occurredOn),
    index().on(t.interviewId),
  ],
);

/** The staff who took part in an interaction. */
export const interactionParticipants = pgTable(
  'interaction_participants',
  {
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    interactionId: uuid()
      .notNull()
      .references(() => interactions.id, { onDelete: 'cascade' }),
    membershipId: uuid()
      .notNull()
      .references(() => memberships.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.interactionId, t.membershipId] }), index().on(t.orgId, t.membershipId)],
);

/** Something one staff member is to do by a date, usually about a partner. */
export const followUps = pgTable(
  'follow_ups',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    partnerId: uuid().references(() => partners.id, { onDelete: 'cascade' }),
    interviewId: uuid().references(() => interviews.id, { onDelete: 'cascade' }),
    interactionId: uuid().references(() => interactions.id, { onDelete: 'set null' }),
    description: text().notNull(),
    assigneeMembershipId: uuid()
      .notNull()
      .references(() => memberships.id, { onDelete: 'cascade' }),
    dueOn: date({ mode: 'string' }).notNull(),
    status: followUpStatus().notNull().default('open'),
    // The first due date, kept when the follow-up is snoozed.
    originalDueOn: date({ mode: 'string' }),
    doneAt: timestamp({ withTimezone: true }),
    doneByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    version: integer().notNull().default(1),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    updatedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.orgId, t.status, t.dueOn),
    index().on(t.assigneeMembershipId, t.status, t.dueOn),
    index().on(t.partnerId),
    index().on(t.interviewId),
  ],
);

/** Every move of a partner's stage. Rows are only ever added. */
export const stageChanges = pgTable(
  'stage_changes',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    // Null for the stage a partner was created at.
    fromStage: relationshipStage(),
    toStage: relationshipStage().notNull(),
    note: text().notNull().default(''),
    interviewId: uuid().references(() => interviews.id, { onDelete: 'set null' }),
    changedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.orgId, t.changedAt), index().on(t.partnerId, t.changedAt)],
);

export type Interaction = typeof interactions.$inferSelect;
export type NewInteraction = typeof interactions.$inferInsert;
export type FollowUp = typeof followUps.$inferSelect;
export type NewFollowUp = typeof followUps.$inferInsert;
export type StageChange = typeof stageChanges.$inferSelect;
export type NewStageChange = typeof stageChanges.$inferInsert;
