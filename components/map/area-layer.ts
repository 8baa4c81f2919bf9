import L from 'leaflet';
import { type ShadedArea, type ShadingMode, shadeStep, shadeValue } from '@/lib/areas/shading';

/**
 * The areas' shading: each area filled by the step of the scale its count falls in, and its count
 * written on it, so the colour is never the only way to read it. Drawn under everything else (the
 * approximate areas' pane is at 400, branches at 480, partners at 600) and taking no clicks: the
 * list beside the map is how to reach an area by keyboard.
 */
const shapePane = 'pa-area-shapes';
const labelPane = 'pa-area-labels';

function pane(map: L.Map, name: string, zIndex: number) {
  if (!map.getPane(name)) {
    const created = map.createPane(name);
    created.style.zIndex = String(zIndex);
    created.style.pointerEvents = 'none';
  }
  return name;
}

/** GeoJSON's [lng, lat] rings as Leaflet's [lat, lng]. */
export function areaLatLngs(polygons: ShadedArea['polygons']): L.LatLngExpression[][][] {
  return polygons.map((polygon) =>
    polygon.map((ring) => ring.map(([lng, lat]) => [lat, lng] as [number, number])),
  );
}

export function addAreaShading(
  map: L.Map,
  areas: ShadedArea[],
  mode: Exclude<ShadingMode, 'off'>,
): L.LayerGroup {
  const shapes = pane(map, shapePane, 350);
  const labels = pane(map, labelPane, 470);
  const group = L.layerGroup().addTo(map);
  for (const area of areas) {
    if (!area.polygons.length) continue;
    const { value, text } = shadeValue(area, mode);
    const step = shadeStep(value, mode);
    const polygon = L.polygon(areaLatLngs(area.polygons), {
      pane: shapes,
      interactive: false,
      color: '#1c2321',
      weight: 1.5,
      // An area with nothing in it is outlined in dashes as well as left pale.
      dashArray: value === 0 ? '6 4' : undefined,
      fillColor: step.fill,
      fillOpacity: 0.55,
    }).addTo(group);
    const label = L.divIcon({
      className: 'pa-area-label',
      html: `<span>${escapeHtml(text)}</span>`,
      iconSize: [0, 0],
    });
    L.marker(polygon.getCenter(), { icon: label, pane: labels, interactive: false, keyboard: false }).addTo(
      group,
    );
  }
  return group;
}

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
