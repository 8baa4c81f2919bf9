'use client';

/**
 * Saves an element as a PNG file, as it looks on the page, at twice its size so the print stays
 * sharp. html-to-image draws the element through an SVG foreignObject; map tiles from another
 * server are fetched again for it (the print page's policy allows that, lib/content-security-policy.ts).
 */
export async function savePng(element: HTMLElement, fileName: string): Promise<void> {
  const { toPng } = await import('html-to-image');
  const url = await toPng(element, {
    pixelRatio: 2,
    backgroundColor: '#ffffff',
  });
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}
