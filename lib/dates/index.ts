// The one date module (decision 0019): calendar days, the organization's time zone, and how dates
// read. Every "today", default date, "overdue", "days since" and displayed date goes through it;
// SQL that needs the same answers uses ./sql.ts.
export * from './days';
export * from './format';
export * from './schemas';
export * from './zone';
