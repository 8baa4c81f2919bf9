import type { AssetCategory, RelationshipStage } from '@/lib/partners/vocabulary';

/**
 * How a partner looks on the map, in the legend and in the list: colour says the stage, shape says
 * the asset category, so colour is never the only signal. Plain strings, no Leaflet: the map turns
 * them into icons, React components draw the same SVG.
 */

/** Distinct, fairly dark hues (ColorBrewer "Paired", darker half) that hold up on a light base map. */
export const stageColors: Record<RelationshipStage, string> = {
  identified: '#5f6670',
  reached_out: '#1f78b4',
  connected: '#2a8a24',
  collaborating: '#6a3d9a',
  sustained: '#a34a1e',
  paused: '#b57f00',
  ended: '#2d2d2d',
};

export type PinShape = 'circle' | 'triangle' | 'square' | 'hexagon' | 'diamond' | 'star';

export const categoryShapes: Record<AssetCategory, PinShape> = {
  individual: 'circle',
  association: 'triangle',
  institution: 'square',
  physical_space: 'hexagon',
  local_economy: 'diamond',
  culture_stories: 'star',
};

/** Outlines in a 24 × 24 box, about the same visual weight each. */
export const shapePaths: Record<PinShape, string> = {
  circle: 'M12 3.5a8.5 8.5 0 1 1 0 17a8.5 8.5 0 1 1 0-17z',
  triangle: 'M12 2.8L21.6 19.8H2.4z',
  square: 'M4.2 4.2h15.6v15.6H4.2z',
  hexagon: 'M12 2.5l8.2 4.75v9.5L12 21.5l-8.2-4.75v-9.5z',
  diamond: 'M12 1.8L22.2 12L12 22.2L1.8 12z',
  star: 'M12 1.8l2.95 6.3 6.9.8-5.1 4.7 1.4 6.8L12 17l-6.15 3.4 1.4-6.8-5.1-4.7 6.9-.8z',
};

export type PinLook = { stage: RelationshipStage; category: AssetCategory; hollow?: boolean };

/**
 * The SVG of a pin. A hollow pin (an approximate location) is white inside with a thick outline
 * in the stage colour; a solid one is filled, with a white and a dark edge so it stands out on any
 * background.
 */
export function pinSvg({ stage, category, hollow = false }: PinLook, size = 24): string {
  const path = shapePaths[categoryShapes[category]];
  const color = stageColors[stage];
  const body = hollow
    ? `<path d="${path}" fill="#ffffff" fill-opacity="0.9" stroke="#1c2321" stroke-width="4.6" stroke-linejoin="round"/>` +
      `<path d="${path}" fill="none" stroke="${color}" stroke-width="2.8" stroke-linejoin="round"/>`
    : `<path d="${path}" fill="none" stroke="#ffffff" stroke-width="3.2" stroke-linejoin="round"/>` +
      `<path d="${path}" fill="${color}" stroke="#1c2321" stroke-width="1" stroke-linejoin="round"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="-1 -1 26 26" aria-hidden="true" focusable="false">${body}</svg>`;
}

/** An open book on a dark tile: a library branch. */
export function branchSvg(size = 34): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 34 34" aria-hidden="true" focusable="false"><rect x="1" y="1" width="32" height="32" rx="7" fill="#134640" stroke="#ffffff" stroke-width="2"/><path d="M8 10.5c3.2-1.2 6.4-.8 9 1.2v13c-2.6-2-5.8-2.4-9-1.2zM26 10.5c-3.2-1.2-6.4-.8-9 1.2v13c2.6-2 5.8-2.4 9-1.2z" fill="#ffffff" stroke="#ffffff" stroke-width="1" stroke-linejoin="round"/><path d="M17 11.7v13" stroke="#134640" stroke-width="1.4"/></svg>`;
}
