import { ActionError } from '@/lib/auth/action';
import { readEnteredShape } from './entered';
import { type AreaShape, readAreaFile } from './shapes';

// The shape a form sends, in whichever of the three ways the person gave it: drawn on the map
// (`drawn`), typed (`shapeText`) or uploaded (`file`). Each is read by the same checks; a fault is
// shown beside the way it came by, and nothing is saved.

type ShapeFields = { drawn: string; shapeText: string; file?: File | undefined };

/** Reads an uploaded file into shapes, or refuses it with every fault listed beside the field. */
export async function shapesFromFile(file: File): Promise<AreaShape[]> {
  const { shapes, faults } = readAreaFile(file.name, new Uint8Array(await file.arrayBuffer()));
  if (faults.length > 0) {
    throw new ActionError(
      faults.length === 1
        ? 'The file could not be used: nothing was saved.'
        : `The file has ${faults.length} problems: nothing was saved.`,
      { file: faults },
    );
  }
  return shapes;
}

function refuse(field: 'drawn' | 'shapeText', faults: string[]): never {
  throw new ActionError(
    faults.length === 1
      ? 'The shape could not be used: nothing was saved.'
      : `The shape has ${faults.length} problems: nothing was saved.`,
    { [field]: faults },
  );
}

/**
 * The one new shape of an area, or null when the form gives none (`required` refuses that). Two
 * ways at once are refused rather than one silently preferred.
 */
export async function shapeFromFields(fields: ShapeFields, required: boolean): Promise<AreaShape | null> {
  const ways = [
    fields.drawn.trim() ? { said: 'drawn on the map', undo: 'undo the changes on the map' } : null,
    fields.shapeText.trim() ? { said: 'entered as text', undo: 'empty this box' } : null,
    fields.file ? { said: 'uploaded as a file', undo: 'clear the file' } : null,
  ].filter((way) => way !== null);
  const given = ways.map((way) => way.said);
  if (given.length === 0) {
    if (!required) return null;
    throw new ActionError('Give the area its shape: nothing was saved.', {
      drawn: ['Draw the area on the map, or enter its corners below.'],
    });
  }
  if (given.length > 1) {
    throw new ActionError('The new shape was given in more than one way: nothing was saved.', {
      shapeText: [
        `The shape was ${given.join(' and ')}. Keep one: ${ways.map((way) => way.undo).join(', or ')}.`,
      ],
    });
  }
  if (fields.file) {
    const shapes = await shapesFromFile(fields.file);
    if (shapes.length !== 1) {
      throw new ActionError('The file could not be used: nothing was saved.', {
        file: [
          `This file holds ${shapes.length} shapes; to replace one area, upload a file with just its shape.`,
        ],
      });
    }
    return shapes[0]!;
  }
  const field = fields.drawn.trim() ? 'drawn' : 'shapeText';
  const { shape, faults } = readEnteredShape(
    field === 'drawn' ? fields.drawn : fields.shapeText,
    field === 'drawn' ? 'drawn' : 'typed',
  );
  if (!shape) refuse(field, faults);
  return shape;
}
