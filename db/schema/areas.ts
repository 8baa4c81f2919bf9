import { sql } from 'drizzle-orm';
import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { branches } from './branches';
import { organizations } from './organizations';
import { users } from './users';

export const areaSetKinds = ['service_areas', 'custom'] as const;
export type AreaSetKind = (typeof areaSetKinds)[number];

/** GeoJSON MultiPolygon coordinates, [longitude, latitude] as GeoJSON orders them. */
export type AreaPolygons = [number, number][][][];

/**
 * A named set of areas an organization shades the map by: its branches' service areas (one set of
 * that kind per organization), or any uploaded neighbourhoods, tracts or districts.
 */
export const areaSets = pgTable(
  'area_sets',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    kind: text({ enum: areaSetKinds }).notNull().default('custom'),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.orgId),
    uniqueIndex('area_sets_org_name_unique').on(t.orgId, t.name),
    uniqueIndex('area_sets_org_service_unique').on(t.orgId).where(sql`${t.kind} = 'service_areas'`),
  ],
);

/**
 * One shape of a set. The bounding box is kept beside the shape so that counting can find the few
 * areas a point might fall in without reading every polygon (lib/areas/counting.ts).
 */
export const areas = pgTable(
  'areas',
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    setId: uuid()
      .notNull()
      .references(() => areaSets.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    /** In the service-areas set: the branch this area belongs to. */
    branchId: uuid().references(() => branches.id, { onDelete: 'set null' }),
    polygons: jsonb().$type<AreaPolygons>().notNull(),
    pointCount: integer().notNull(),
    minLatitude: doublePrecision().notNull(),
    minLongitude: doublePrecision().notNull(),
    maxLatitude: doublePrecision().notNull(),
    maxLongitude: doublePrecision().notNull(),
    version: integer().notNull().default(1),
    updatedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.orgId),
    index().on(t.setId),
    uniqueIndex('areas_set_name_unique').on(t.setId, t.name),
    uniqueIndex('areas_set_branch_unique').on(t.setId, t.branchId),
  ],
);

export type AreaSet = typeof areaSets.$inferSelect;
export type Area = typeof areas.$inferSelect;
export type NewArea = typeof areas.$inferInsert;
