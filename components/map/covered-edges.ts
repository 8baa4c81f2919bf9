import type { Inset } from './map-types';

/** How far the messages at the top and the legend at the bottom reach into the map, in pixels. */
export function coveredEdges(area: HTMLElement | null): Inset {
  const inset = { top: 0, right: 0, bottom: 0, left: 0 };
  if (!area) return inset;
  const box = area.getBoundingClientRect();
  for (const element of area.querySelectorAll<HTMLElement>('[data-covers]')) {
    // The element spans its stretch of the map; what covers is its content.
    const parts = [...element.children].map((child) => child.getBoundingClientRect());
    const used = parts.filter((part) => part.height > 0);
    if (!used.length) continue;
    if (element.dataset.covers === 'top') {
      inset.top = Math.max(inset.top, Math.max(...used.map((part) => part.bottom)) - box.top);
    } else {
      inset.bottom = Math.max(inset.bottom, box.bottom - Math.min(...used.map((part) => part.top)));
    }
  }
  return inset;
}
