// The reference the map is measured against: a bare page with Leaflet and supercluster alone, loading
// the same points as static GeoJSON, served by a small static server that also serves blank tiles
// (to the app too, so neither waits on a network it does not have).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const root = process.cwd();
const vendor: Record<string, [string, string]> = {
  '/vendor/leaflet.js': ['node_modules/leaflet/dist/leaflet.js', 'text/javascript'],
  '/vendor/leaflet.css': ['node_modules/leaflet/dist/leaflet.css', 'text/css'],
  '/vendor/supercluster.js': ['node_modules/supercluster/dist/supercluster.min.js', 'text/javascript'],
};
// A 1×1 transparent PNG, stretched by the browser to each tile.
const blankPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

function page(at: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Reference map</title>
<link rel="stylesheet" href="/vendor/leaflet.css">
<style>html,body{margin:0;height:100%}#map{position:absolute;inset:0}
.pa-cluster{border-radius:50%;background:#2563ebcc;color:#fff;display:flex;align-items:center;justify-content:center;font:12px sans-serif}
.pa-pin{border-radius:50%;background:#b45309;border:2px solid #fff}</style>
<script src="/vendor/leaflet.js"></script><script src="/vendor/supercluster.js"></script>
</head><body><div id="map"></div><script>
const [lat, lng, zoom] = ${JSON.stringify(at)}.split(',').map(Number);
const map = L.map('map', { center: [lat, lng], zoom, maxZoom: 18 });
window.__benchMap = map;
L.tileLayer('/tiles/{z}/{x}/{y}.png', { attribution: 'Benchmark' }).addTo(map);
const group = L.layerGroup().addTo(map);
fetch('/points.geojson').then((r) => r.json()).then((geo) => {
  const index = new Supercluster({ radius: 72, maxZoom: 16, minPoints: 2 }).load(geo.features);
  const render = () => {
    const b = map.getBounds().pad(0.25);
    const bbox = [Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())];
    group.clearLayers();
    for (const f of index.getClusters(bbox, Math.round(map.getZoom()))) {
      const [x, y] = f.geometry.coordinates;
      const p = f.properties;
      const icon = p.cluster
        ? L.divIcon({ className: 'pa-cluster', html: '<span>' + p.point_count_abbreviated + '</span>', iconSize: [36, 36] })
        : L.divIcon({ className: 'pa-pin', iconSize: [18, 18] });
      group.addLayer(L.marker([y, x], { icon, title: p.cluster ? p.point_count + ' partners' : p.name }));
    }
  };
  render();
  map.on('moveend', render);
});
</script></body></html>`;
}

export type ReferenceServer = {
  url: string;
  tileUrl: string;
  setPoints: (geojson: string) => void;
  close: () => Promise<void>;
};

export function startReferenceServer(port: number): Promise<ReferenceServer> {
  let points = '{"type":"FeatureCollection","features":[]}';
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const file = vendor[url.pathname];
    if (file) {
      response.writeHead(200, { 'Content-Type': file[1] });
      fs.createReadStream(path.join(root, file[0])).pipe(response);
    } else if (url.pathname === '/ref.html') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(page(url.searchParams.get('at') ?? '47.4,-120.6,7'));
    } else if (url.pathname === '/points.geojson') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(points);
    } else if (url.pathname.startsWith('/tiles/')) {
      // Timing-Allow-Origin: the app loads these tiles from another origin, and without it the
      // browser reports their size as 0 to the bytes-before-first-paint figure (./map-bench.ts).
      response.writeHead(200, {
        'Content-Type': 'image/png',
        'Cache-Control': 'max-age=3600',
        'Timing-Allow-Origin': '*',
      });
      response.end(blankPng);
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${port}`,
        tileUrl: `http://127.0.0.1:${port}/tiles/{z}/{x}/{y}.png`,
        setPoints: (geojson) => {
          points = geojson;
        },
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}

/** The map route's partners as GeoJSON, with the properties a reference popup would need. */
export function toGeoJson(payload: {
  partners: [string, string, number, number, number, number, ...unknown[]][];
}) {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: payload.partners.map(([id, name, stage, category, lat, lng]) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lng, lat] },
      properties: { id, name, stage, category },
    })),
  });
}
