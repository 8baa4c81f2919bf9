// The digest's vocabulary for the UI (decision 0021: components and pages take it from lib, not db/).
export { type DigestFrequency, digestFrequencies } from '@/db/schema/vocabulary';
