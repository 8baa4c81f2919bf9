import L from 'leaflet';
import type { RelationshipStage } from '@/lib/partners/vocabulary';
import { branchSvg, type PinLook, pinSvg, stageColors } from './pin-style';

// Icons are made once per look and reused by every marker that looks the same: at a few hundred
// visible markers that saves building the same SVG again on every pan.
const pins = new Map<string, L.DivIcon>();
const clusters = new Map<string, L.DivIcon>();

export function pinIcon(look: PinLook): L.DivIcon {
  const key = `${look.stage}|${look.category}|${look.hollow ? 1 : 0}`;
  let icon = pins.get(key);
  if (!icon) {
    icon = L.divIcon({
      html: pinSvg(look, 26),
      className: look.hollow ? 'pa-pin pa-pin-hollow' : 'pa-pin',
      iconSize: [26, 26],
      iconAnchor: [13, 13],
      popupAnchor: [0, -12],
    });
    pins.set(key, icon);
  }
  return icon;
}

function clusterSize(count: number): number {
  if (count < 10) return 30;
  if (count < 100) return 34;
  if (count < 1000) return 40;
  return 46;
}

/** A cluster bubble with its count ("1.2k" above a thousand, so the bubble stays round). */
export function clusterIcon(count: number): L.DivIcon {
  const label = count >= 1000 ? `${(count / 1000).toFixed(count >= 10_000 ? 0 : 1)}k` : String(count);
  let icon = clusters.get(label);
  if (!icon) {
    const size = clusterSize(count);
    icon = L.divIcon({
      html: `<span aria-hidden="true">${label}</span>`,
      className: 'pa-cluster',
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    });
    clusters.set(label, icon);
  }
  return icon;
}

/** A branch: a book tile with the branch's name beside it (escaped: names are typed by people). */
export function branchIcon(name: string): L.DivIcon {
  const label = document.createElement('span');
  label.className = 'pa-branch-name';
  label.textContent = name;
  return L.divIcon({
    html: `${branchSvg(34)}${label.outerHTML}`,
    className: 'pa-branch',
    iconSize: [34, 34],
    iconAnchor: [17, 17],
  });
}

/** A place name on the offline base map (escaped the same way). */
export function placeIcon(name: string, major: boolean): L.DivIcon {
  const label = document.createElement('span');
  label.textContent = name;
  return L.divIcon({
    html: label.outerHTML,
    className: major ? 'pa-place pa-place-major' : 'pa-place',
    iconSize: undefined,
    iconAnchor: [0, 0],
  });
}

/** About the distance an approximate point may lie from the true one, and then some. */
const approximateRadiusMetres = 1000;

/** The dashed area an approximate location is drawn as, in its stage's colour, around its pin. */
export function approximateArea(at: L.LatLngExpression, stage: RelationshipStage): L.Circle {
  return L.circle(at, {
    radius: approximateRadiusMetres,
    color: stageColors[stage],
    weight: 1.5,
    dashArray: '4 4',
    fillOpacity: 0.12,
    interactive: false,
  });
}
