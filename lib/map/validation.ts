import { z } from 'zod';
import { latitudeSchema, longitudeSchema } from '@/lib/branches/validation';

/** Moving a partner's pin on the map: the version is the one the map loaded, so a stale move is refused. */
export const movePartnerSchema = z.object({
  id: z.uuid('That partner was not found.'),
  version: z.coerce.number().int().positive(),
  latitude: latitudeSchema,
  longitude: longitudeSchema,
});
export type MovePartnerInput = z.output<typeof movePartnerSchema>;
