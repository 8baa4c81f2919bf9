import { z } from 'zod';
import { versionSchema } from '@/lib/branches/validation';
import { areaLimits } from './limits';

const megabytes = areaLimits.fileBytes / 1024 / 1024;

/** An uploaded file; a form whose file input was left empty still sends a nameless, empty file. */
const areaFile = z.preprocess(
  (raw) => (raw instanceof File && raw.size === 0 && !/\.\w+$/.test(raw.name) ? undefined : raw),
  z
    .instanceof(File, { error: 'Choose a GeoJSON or KML file of shapes.' })
    .refine((file) => file.size > 0, 'This file is empty: choose the file the map tool exported.')
    .refine(
      (file) => file.size <= areaLimits.fileBytes,
      `Files up to ${megabytes} MB can be uploaded: split this one, or simplify its shapes in the map tool.`,
    ),
);

const optionalFile = z.preprocess(
  (raw) => (raw instanceof File && raw.size === 0 && !/\.\w+$/.test(raw.name) ? undefined : raw),
  z
    .instanceof(File)
    .refine(
      (file) => file.size <= areaLimits.fileBytes,
      `Files up to ${megabytes} MB can be uploaded: simplify the shape in the map tool.`,
    )
    .optional(),
);

const areaName = z
  .string()
  .trim()
  .min(1, 'Give the area a name, as people know the place.')
  .max(areaLimits.nameCharacters, `Keep the name under ${areaLimits.nameCharacters} characters.`);

const setName = z.string().trim().max(80, 'Keep the name of the set under 80 characters.');

export const uploadAreasSchema = z
  .object({
    setId: z.string().min(1, 'Choose the set these areas belong to.'),
    newSetName: setName.optional().default(''),
    file: areaFile,
  })
  .superRefine((value, context) => {
    if (value.setId === 'new' && !value.newSetName) {
      context.addIssue({
        code: 'custom',
        path: ['newSetName'],
        message: 'Name the new set, for example “Neighbourhoods” or “School districts”.',
      });
    }
  });

/** A shape drawn on the map (GeoJSON coordinates the page writes) or typed; read by lib/areas/entered.ts. */
const enteredShape = z
  .string()
  .max(
    areaLimits.fileBytes,
    `A shape this large cannot be entered here: upload it as a file of up to ${megabytes} MB.`,
  )
  .optional()
  .default('');

export const updateAreaSchema = z.object({
  id: z.string().min(1),
  version: versionSchema,
  name: areaName,
  branchId: z.string().trim().optional().default(''),
  drawn: enteredShape,
  shapeText: enteredShape,
  file: optionalFile,
});

export const createAreaSchema = z
  .object({
    setId: z.string().min(1, 'Choose the set this area belongs to.'),
    newSetName: setName.optional().default(''),
    name: areaName,
    branchId: z.string().trim().optional().default(''),
    drawn: enteredShape,
    shapeText: enteredShape,
  })
  .superRefine((value, context) => {
    if (value.setId === 'new' && !value.newSetName) {
      context.addIssue({
        code: 'custom',
        path: ['newSetName'],
        message: 'Name the new set, for example “Neighbourhoods” or “School districts”.',
      });
    }
  });

export const deleteAreaSchema = z.object({ id: z.string().min(1), version: versionSchema });
export const deleteAreaSetSchema = z.object({ id: z.string().min(1), version: versionSchema });
