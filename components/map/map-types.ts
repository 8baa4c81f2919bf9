import type { MapPoint } from '@/lib/map/payload';

export type LatLng = { lat: number; lng: number };

/** What the map shows now: west, south, east, north; its centre and zoom. */
export type MapView = { bounds: [number, number, number, number]; center: LatLng; zoom: number };

/** What a popup is about: one partner, or several that share one spot. */
export type PopupTarget =
  | { kind: 'partner'; point: MapPoint; focus: boolean }
  | { kind: 'stack'; points: MapPoint[]; focus: boolean };

/** What the rest of the page may ask of the map. */
export type MapApi = {
  /** Moves the map to a partner and opens its popup; `focus` moves keyboard focus into it. */
  showPartner: (point: MapPoint, options: { focus: boolean }) => void;
  /** Puts dragged pins back where the data says. */
  resetPins: () => void;
  center: () => LatLng;
  closePopup: () => void;
  /**
   * Moves the map just enough that a partner's pin shows clear of what covers the map's edges,
   * zooming in only from far out.
   */
  bringIntoView: (point: MapPoint) => void;
  /** Fits the map to an area's outline (GeoJSON [lng, lat] polygons). */
  showArea: (polygons: [number, number][][][]) => void;
};

/** How far, in pixels from each edge, messages and the legend lie over the map. */
export type Inset = { top: number; right: number; bottom: number; left: number };
