import { z } from 'zod';

export const noMatchMessage =
  'We couldn’t find that address. Check it, try a nearby street corner, or type the coordinates.';

export const lookUpAddressSchema = z.object({
  address: z
    .string({ error: 'Type an address to look up.' })
    .trim()
    .min(3, 'Type at least a street and town, or a ZIP code, to look it up.')
    .max(300, 'Use at most 300 characters.'),
});

export type LookUpAddressInput = z.output<typeof lookUpAddressSchema>;
