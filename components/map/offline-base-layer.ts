import L from 'leaflet';
import type { OfflineBaseMap } from '@/lib/map/payload';
import { placeIcon } from './leaflet-icons';

/** County lines and smaller place names appear from these zooms on, so the map never gets busy. */
const countyZoom = 7;
const maxLabels = 120;
/** Labels closer than this on screen (pixels) would overlap: the larger town wins. */
const labelSpacing = { x: 110, y: 26 };

/**
 * The built-in base map: state and county outlines and town names drawn as vector layers on a
 * plain background, from /api/map/basemap. Used when the organization chose it and when tiles
 * cannot be loaded.
 */
export class OfflineBaseLayer {
  private data: OfflineBaseMap | null = null;
  private lines = L.layerGroup();
  private counties = L.layerGroup();
  private labels = L.layerGroup();
  private shownLabels = new Map<string, L.Marker>();
  private active = true;
  private readonly update = () => this.render();

  constructor(
    private readonly map: L.Map,
    private readonly center: { lat: number; lng: number },
  ) {
    if (!map.getPane('pa-base')) {
      map.createPane('pa-base').style.zIndex = '250';
      const labels = map.createPane('pa-labels');
      labels.style.zIndex = '450';
      labels.style.pointerEvents = 'none';
      labels.setAttribute('aria-hidden', 'true');
    }
    map.getContainer().classList.add('pa-offline');
    this.lines.addTo(map);
    this.labels.addTo(map);
    map.on('moveend', this.update);
    void this.load();
  }

  private async load() {
    const at = `${this.center.lat.toFixed(2)},${this.center.lng.toFixed(2)}`;
    try {
      const response = await fetch(`/api/map/basemap?at=${at}`);
      if (!response.ok) return;
      this.data = (await response.json()) as OfflineBaseMap;
    } catch {
      return;
    }
    if (!this.active) return;
    const renderer = L.svg({ pane: 'pa-base' });
    const style = (color: string, weight: number, dashArray?: string): L.PathOptions => ({
      renderer,
      color,
      weight,
      dashArray,
      fill: false,
      interactive: false,
    });
    const lines = (coordinates: [number, number][][]) =>
      coordinates.map((line) => line.map(([lng, lat]) => L.latLng(lat, lng)));
    this.counties.addLayer(L.polyline(lines(this.data.counties), style('#a39e93', 0.8, '3 3')));
    this.lines.addLayer(L.polyline(lines(this.data.coast), style('#4f7ea8', 1.6)));
    this.lines.addLayer(L.polyline(lines(this.data.borders), style('#6f6a60', 1.4)));
    this.map.attributionControl?.addAttribution(this.data.attribution);
    this.render();
  }

  private render() {
    if (!this.data || !this.active) return;
    const zoom = this.map.getZoom();
    if (zoom >= countyZoom) this.counties.addTo(this.map);
    else this.counties.remove();

    const bounds = this.map.getBounds();
    const taken = new Set<string>();
    const next = new Map<string, L.Marker>();
    // Places come largest first: each takes its cell on screen, and smaller ones nearby give way.
    for (const [name, lat, lng, minZoom] of this.data.places) {
      if (next.size >= maxLabels) break;
      if (minZoom > zoom || !bounds.contains([lat, lng])) continue;
      const p = this.map.latLngToContainerPoint([lat, lng]);
      const cx = Math.floor(p.x / labelSpacing.x);
      const cy = Math.floor(p.y / labelSpacing.y);
      const cells = [
        `${cx},${cy}`,
        `${cx - 1},${cy}`,
        `${cx + 1},${cy}`,
        `${cx},${cy - 1}`,
        `${cx},${cy + 1}`,
      ];
      if (cells.some((c) => taken.has(c))) continue;
      taken.add(cells[0]!);
      const key = `${name}|${lat}|${lng}`;
      const marker =
        this.shownLabels.get(key) ??
        L.marker([lat, lng], {
          icon: placeIcon(name, minZoom <= 7),
          pane: 'pa-labels',
          interactive: false,
          keyboard: false,
        });
      this.shownLabels.delete(key);
      next.set(key, marker);
      if (!this.labels.hasLayer(marker)) this.labels.addLayer(marker);
    }
    for (const marker of this.shownLabels.values()) this.labels.removeLayer(marker);
    this.shownLabels = next;
  }

  remove() {
    this.active = false;
    this.map.off('moveend', this.update);
    this.lines.remove();
    this.counties.remove();
    this.labels.remove();
    this.map.getContainer().classList.remove('pa-offline');
    if (this.data) this.map.attributionControl?.removeAttribution(this.data.attribution);
  }
}
