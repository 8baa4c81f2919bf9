// The one way the app logs an unexpected error (decision 0021: routes reach db/'s logger through lib).
export { logError } from '@/db/errors';
