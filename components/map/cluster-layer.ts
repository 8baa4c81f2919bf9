import L from 'leaflet';
import Supercluster, { type ClusterProperties } from 'supercluster';
import type { MapPoint } from '@/lib/map/payload';
import { categoryLabels, stageLabels } from '@/lib/partners/vocabulary';
import { approximateArea, clusterIcon, pinIcon } from './leaflet-icons';

type PointProps = { i: number };
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
 * The partners on the map, clustered with supercluster: one index per data set, and on each move
 * only the clusters and pins of the current view become markers. Markers that stay in view are
 * kept, so panning touches only the edges.
 */
export class PartnerClusterLayer {
  private index: Supercluster<PointProps> | null = null;
  private points: MapPoint[] = [];
  private readonly group = L.layerGroup();
  private readonly areas = L.layerGroup();
  private shown = new Map<string, L.Layer[]>();
  private canDrag = false;

  constructor(
    private readonly map: L.Map,
    private readonly handlers: Handlers,
  ) {
    this.areas.addTo(map);
    this.group.addTo(map);
  }

  setData(points: MapPoint[], canDrag: boolean) {
    this.points = points;
    this.canDrag = canDrag;
    this.index = new Supercluster<PointProps>({ radius: 72, maxZoom: 16, minPoints: 2 });
    this.index.load(
      points.map((p, i) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [p.lng, p.lat] },
        properties: { i },
      })),
    );
    this.clear();
    this.render();
  }

  /** Puts every pin back where the data says (after a drag that was not confirmed). */
  resetPins() {
    this.clear();
    this.render();
  }

  private clear() {
    this.group.clearLayers();
    this.areas.clearLayers();
    this.shown.clear();
  }

  render() {
    if (!this.index) return;
    const bounds = this.map.getBounds().pad(0.25);
    const bbox: [number, number, number, number] = [
      Math.max(-180, bounds.getWest()),
      Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(85, bounds.getNorth()),
    ];
    const features = this.index.getClusters(bbox, Math.round(this.map.getZoom()));
    const next = new Map<string, L.Layer[]>();
    for (const f of features) {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const props = f.properties as Partial<ClusterProperties> & Partial<PointProps>;
      const key = props.cluster ? `c${props.cluster_id}` : `p${this.points[props.i!]!.id}`;
      const existing = this.shown.get(key);
      if (existing) {
        next.set(key, existing);
        this.shown.delete(key);
        continue;
      }
      next.set(
        key,
        props.cluster
          ? this.clusterMarker(props.cluster_id!, props.point_count!, L.latLng(lat, lng))
          : this.pointMarker(this.points[props.i!]!),
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
    onActivate(marker, (opener) => {
      const index = this.index;
      if (!index) return;
      const zoom = index.getClusterExpansionZoom(id);
      if (zoom > this.map.getMaxZoom() || zoom > 17) {
        const leaves = index.getLeaves(id, 200).map((leaf) => this.points[leaf.properties.i]!);
        this.handlers.onStack(leaves, at, opener);
      } else {
        this.map.setView(at, zoom, { animate: !opener });
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
