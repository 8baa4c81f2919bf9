// What the pages and components may know of areas without reaching into db/ (decision 0021).
export type { AreaPolygons, AreaSetKind } from '@/db/schema/areas';
