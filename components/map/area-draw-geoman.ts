import L from 'leaflet';

// leaflet-geoman's build is a browser script that extends the global `L`; a bundled Leaflet sets
// none, so this gives it ours before '@geoman-io/leaflet-geoman-free' is imported (in
// ./area-draw-canvas.tsx, the only place that draws). Opt-in: geoman then touches only the layers
// that ask for it (`pmIgnore: false`), never the base map's outlines or the big map's layers.
(window as unknown as { L: typeof L }).L = L;

await import('@geoman-io/leaflet-geoman-free');
L.PM.setOptIn(true);
