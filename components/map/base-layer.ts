import L from 'leaflet';
import { OfflineBaseLayer } from './offline-base-layer';

export type TileSetting = { url: string; attribution: string };

/** Tiles that keep failing before any arrives mean there is no tile server to be had. */
const tileErrorsBeforeFallback = 3;
const tileWaitMs = 12_000;

/**
 * The base map under every map of ours: the configured tiles, or the built-in offline map when the
 * organization chose it ('offline') or when tiles cannot be loaded (then `onTilesFailed` is told).
 * Returns what removes it again.
 */
export function addBaseLayer(
  map: L.Map,
  tiles: TileSetting,
  /** Where the offline map's outlines and place names are gathered around. */
  center: { lat: number; lng: number },
  onTilesFailed: () => void,
): () => void {
  let offline: OfflineBaseLayer | null = null;
  let giveUp: number | undefined;
  let tileLayer: L.TileLayer | null = null;
  if (tiles.url === 'offline') {
    offline = new OfflineBaseLayer(map, center);
  } else {
    let errors = 0;
    let loaded = 0;
    const layer = L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 19 });
    tileLayer = layer;
    const fallBack = () => {
      if (loaded > 0 || offline) return;
      layer.remove();
      offline = new OfflineBaseLayer(map, center);
      onTilesFailed();
    };
    layer.on('tileload', () => {
      loaded++;
    });
    layer.on('tileerror', () => {
      errors++;
      if (errors >= tileErrorsBeforeFallback) fallBack();
    });
    // A tile server that never answers fails no request: stop waiting for it after a while.
    giveUp = window.setTimeout(fallBack, tileWaitMs);
    layer.addTo(map);
  }
  return () => {
    window.clearTimeout(giveUp);
    tileLayer?.remove();
    offline?.remove();
  };
}
