import { z } from 'zod';
import { latitudeSchema, longitudeSchema, splitPastedPair, versionSchema } from '@/lib/branches/validation';

export const minMapZoom = 1;
export const maxMapZoom = 18;

const zoomMessage = `Choose a zoom level from ${minMapZoom} to ${maxMapZoom}.`;

export const organizationSettingsSchema = z.preprocess(
  (raw) => splitPastedPair(raw, { latitude: 'mapCenterLat', longitude: 'mapCenterLng' }),
  z.object({
    name: z
      .string({ error: 'Enter your library system’s name.' })
      .trim()
      .min(2, 'Enter your library system’s name.')
      .max(200, 'Use at most 200 characters.'),
    mapCenterLat: latitudeSchema,
    mapCenterLng: longitudeSchema,
    mapZoom: z.coerce
      .number({ error: zoomMessage })
      .int(zoomMessage)
      .min(minMapZoom, zoomMessage)
      .max(maxMapZoom, zoomMessage),
    version: versionSchema,
  }),
);

export type OrganizationSettingsInput = z.output<typeof organizationSettingsSchema>;
