import L from 'leaflet';
import type { ViewFeature } from '@/lib/map/clusters';
import type { MapPoint } from '@/lib/map/payload';
import { categoryLabels, stageLabels } from '@/lib/partners/vocabulary';
import type { ClusterSource } from './cluster-source';
import { approximateArea, clusterIcon, pinIcon } from './leaflet-icons';

/** The marker pressed with Enter or Space (focus goes back to it), or null for a click or tap. */
type Opener = HTMLElement | null;
type Handlers = {
  onPartner: (point: MapPoint, opener: Opener) => void;
  /** A cluster whose partners share one spot, too close to ever split apart. */
  onStack: (points: MapPoint[], at: L.LatLng, opener: Opener) => void;
  /** A cluster was opened up by keyboard and is gone: focus needs somewhere to stay. */
  onZoomedByKey: () => void;
  /** A pin or cluster took keyboard focus. */
  onFocus: (at: L.LatLng) => void;
  onDragged: (point: MapPoint, to: L.LatLng) => void;
};

export function describePoint(point: MapPoint): string {
  const where = point.approximate ? ', approximate location' : '';
  return `${point.name} (${stageLabels[point.stage]}, ${categoryLabels[point.category]}${where})`;
}

/**
 * What a click does, Enter and Space do too: Leaflet makes a marker a focusable "button" but opens
 * only popups bound with bindPopup on Enter, and these popups are opened by hand (issue 15).
 */
function onActivate(marker: L.Marker, act: (opener: Opener) => void) {
  marker.on('click', () => act(null));
  marker.on('keydown', (event: L.LeafletKeyboardEvent) => {
    const key = event.originalEvent.key;
    if (key !== 'Enter' && key !== ' ') return;
    // Space would otherwise scroll the page.
    event.originalEvent.preventDefault();
    act(marker.getElement() ?? null);
  });
}

/**
 * The partners on the map, clustered: on each move the layer asks its source (./cluster-source.ts)
 * for the clusters and pins of the view, and only those become markers. Markers that stay in view
 * are kept, so panning touches only the edges; so are markers a new source shares with the old
 * one (the server's first view, then the worker's index of the same data).
 */
export class PartnerClusterLayer {
  private source: ClusterSource | null = null;
  /** The source the markers shown were drawn from. */
  private drawnFrom: string | null = null;
  /** Each question asked of a source; an answer to an older one is dropped. */
  private asked = 0;
  private readonly group = L.layerGroup();
  private readonly areas = L.layerGroup();
  private shown = new Map<string, L.Layer[]>();
  private canDrag = false;

  constructor(
    private readonly map: L.Map,
    private readonly handlers: Handlers,
    /** Told after each view's markers are drawn (the benchmarks wait for it). */
    private readonly onDrawn: () => void = () => {},
  ) {
    this.areas.addTo(map);
    this.group.addTo(map);
  }

  setSource(source: ClusterSource, canDrag: boolean) {
    if (canDrag !== this.canDrag) this.drawnFrom = null;
    this.source = source;
    this.canDrag = canDrag;
    void this.render();
  }

  /** Puts every pin back where the data says (after a drag that was not confirmed). */
  resetPins() {
    this.drawnFrom = null;
    void this.render();
  }

  private clear() {
    this.group.clearLayers();
    this.areas.clearLayers();
    this.shown.clear();
  }

  async render() {
    const source = this.source;
    if (!source) return;
    const ticket = ++this.asked;
    const b = this.map.getBounds().pad(0.25);
    const features = await source.clusters(
      [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
      Math.round(this.map.getZoom()),
    );
    // A newer view or source was asked for meanwhile, or this source cannot tell: keep what is shown.
    if (ticket !== this.asked || !features) return;
    if (this.drawnFrom !== source.key) this.clear();
    this.drawnFrom = source.key;
    this.draw(features);
    this.onDrawn();
  }

  private draw(features: ViewFeature[]) {
    const next = new Map<string, L.Layer[]>();
    for (const f of features) {
      const key = f.kind === 'cluster' ? `c${f.id}` : `p${f.point.id}`;
      const existing = this.shown.get(key);
      if (existing) {
        next.set(key, existing);
        this.shown.delete(key);
        continue;
      }
      next.set(
        key,
        f.kind === 'cluster'
          ? this.clusterMarker(f.id, f.count, L.latLng(f.lat, f.lng))
          : this.pointMarker(f.point),
      );
    }
    for (const layers of this.shown.values()) {
      for (const layer of layers) {
        this.group.removeLayer(layer);
        this.areas.removeLayer(layer);
      }
    }
    this.shown = next;
  }

  private clusterMarker(id: number, count: number, at: L.LatLng): L.Layer[] {
    const marker = L.marker(at, {
      icon: clusterIcon(count),
      title: `${count.toLocaleString('en-US')} partners here: zoom in`,
      riseOnHover: true,
    });
    onActivate(marker, async (opener) => {
      // Before the full index is ready (the server's first view), a cluster opens two steps closer.
      const opened = (await this.source?.expand(id)) ?? {
        zoom: Math.min(this.map.getZoom() + 2, this.map.getMaxZoom()),
        leaves: [],
      };
      if (opened.leaves.length && (opened.zoom > this.map.getMaxZoom() || opened.zoom > 17)) {
        this.handlers.onStack(opened.leaves, at, opener);
      } else {
        this.map.setView(at, opened.zoom, { animate: !opener });
        if (opener) this.handlers.onZoomedByKey();
      }
    });
    this.addMarker(marker);
    return [marker];
  }

  /** Leaflet draws the marker's element as it is added; focus on it is reported from then on. */
  private addMarker(marker: L.Marker) {
    this.group.addLayer(marker);
    const element = marker.getElement();
    // By keyboard only: a pin pressed with the mouse is where the person can already see it.
    element?.addEventListener('focus', () => {
      if (element.matches(':focus-visible')) this.handlers.onFocus(marker.getLatLng());
    });
  }

  private pointMarker(point: MapPoint): L.Layer[] {
    const at = L.latLng(point.lat, point.lng);
    const marker = L.marker(at, {
      icon: pinIcon({ stage: point.stage, category: point.category, hollow: point.approximate }),
      title: describePoint(point),
      riseOnHover: true,
      draggable: this.canDrag && !point.approximate,
      autoPan: true,
    });
    onActivate(marker, (opener) => this.handlers.onPartner(point, opener));
    marker.on('dragend', () => this.handlers.onDragged(point, marker.getLatLng()));
    this.addMarker(marker);
    if (!point.approximate) return [marker];
    const area = approximateArea(at, point.stage);
    this.areas.addLayer(area);
    return [area, marker];
  }

  remove() {
    this.clear();
    this.group.remove();
    this.areas.remove();
  }
}
