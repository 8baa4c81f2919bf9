// The import's shapes reach the pages through here, never from db/ (decision 0021).
export type { ImportJob } from '@/db/schema';
