import { z } from 'zod';
import { digestFrequencies } from '@/db/schema/vocabulary';

export const digestFrequencySchema = z.object({
  frequency: z.enum(digestFrequencies, { error: 'Choose how often the digest should come.' }),
});
