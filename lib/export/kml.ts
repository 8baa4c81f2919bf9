import type { ExportRow } from '@/lib/partners/export';
import { categoryLabels, labelOf, stageLabels } from '@/lib/partners/vocabulary';

// KML 2.2 (https://developers.google.com/kml/documentation/kmlreference) for Google My Maps and
// uMap. The rows come from lib/partners/export, so a hidden location has no point and an
// approximate one is rounded, exactly as in the GeoJSON download.

// XML 1.0 allows no control characters other than tab, line feed and carriage return.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed
const notXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function xmlText(value: unknown): string {
  return String(value ?? '')
    .replace(notXml, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function data(name: string, value: unknown): string {
  return `<Data name="${xmlText(name)}"><value>${xmlText(value)}</value></Data>`;
}

/** One partner as a placemark, or nothing when it has no point to show (map tools need one). */
export function partnerPlacemark(row: ExportRow): string {
  if (row.latitude === null || row.longitude === null) return '';
  const description = [row.description, row.address, row.website].filter(Boolean).join('\n');
  return [
    `<Placemark id="partner-${xmlText(row.id)}">`,
    `<name>${xmlText(row.name)}</name>`,
    description ? `<description>${xmlText(description)}</description>` : '',
    '<ExtendedData>',
    data('Category', labelOf(categoryLabels, row.category)),
    data('Stage', labelOf(stageLabels, row.stage)),
    data('Location precision', row.locationPrecision),
    data('Address', row.address),
    data('Website', row.website),
    data('Phone', row.phone),
    data('Email', row.email),
    data('Primary branch', row.branchName ?? ''),
    data('Staff liaison', row.ownerName ?? ''),
    data('Archived', row.archivedAt ? 'yes' : 'no'),
    '</ExtendedData>',
    `<Point><coordinates>${row.longitude},${row.latitude}</coordinates></Point>`,
    '</Placemark>\n',
  ].join('');
}

export function kmlStart(documentName: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">\n<Document>\n<name>${xmlText(documentName)}</name>\n`;
}

export const kmlEnd = '</Document>\n</kml>\n';

/** The partners as one KML document, written batch by batch. */
export function partnerKmlStream(
  documentName: string,
  batches: AsyncIterable<ExportRow[]>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(kmlStart(documentName)));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) {
        controller.enqueue(encoder.encode(kmlEnd));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map(partnerPlacemark).join('')));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
