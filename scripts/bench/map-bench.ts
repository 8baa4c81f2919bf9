// Map figures in headless Chromium: navigation to the first clustered render, and one zoom step,
// for the app's map page and for the reference page, alternately, in fresh browser contexts.
import { gzipSync } from 'node:zlib';
import type { Browser, Cookie, Page } from 'playwright-core';
import { median } from './stats';

/**
 * Runs in every page before its own scripts: notes when the first cluster is drawn and painted,
 * and catches the Leaflet map as it is made (Leaflet's UMD build assigns window.L on load).
 */
export const probe = `(() => {
  let leaflet;
  Object.defineProperty(window, 'L', {
    configurable: true,
    get() { return leaflet; },
    set(value) {
      leaflet = value;
      if (value && value.Map && value.Map.addInitHook) value.Map.addInitHook(function () { window.__benchMap = this; });
    },
  });
  new MutationObserver(() => {
    if (window.__firstCluster) return;
    if (document.querySelector('.leaflet-marker-pane .pa-cluster')) {
      window.__firstCluster = performance.now();
      requestAnimationFrame(() => { window.__firstClusterPainted = performance.now(); });
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

/**
 * One zoom step (in with 1, out with -1) of the map the probe caught, without animation, in ms: until
 * the frame after the new markers, when any work the zoom queued has run.
 */
export function zoomStep(page: Page, delta: 1 | -1): Promise<number> {
  return page.evaluate(async (by) => {
    const map = (
      window as unknown as { __benchMap: { getZoom(): number; setZoom(z: number, o: object): void } }
    ).__benchMap;
    const start = performance.now();
    map.setZoom(map.getZoom() + by, { animate: false });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - start;
  }, delta);
}

export type MapRun = {
  firstRender: number;
  zoom: number;
  scripts: { url: string; bytes: number; gzip: number }[];
};

async function measure(browser: Browser, url: string, cookies: Cookie[]): Promise<MapRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (cookies.length) await context.addCookies(cookies);
  await context.addInitScript(probe);
  const page = await context.newPage();
  const scripts: Promise<{ url: string; bytes: number; gzip: number } | null>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(
      response
        .body()
        .then((body) => ({ url: response.url(), bytes: body.length, gzip: gzipSync(body).length }))
        .catch(() => null),
    );
  });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => (window as unknown as { __firstClusterPainted?: number }).__firstClusterPainted,
      null,
      {
        timeout: 180_000,
        polling: 50,
      },
    );
    const firstRender = await page.evaluate(
      () => (window as unknown as { __firstClusterPainted: number }).__firstClusterPainted,
    );
    const loaded = (await Promise.all(scripts)).filter((s) => s !== null);
    // Let the page settle (the list beside the map, late effects) before the zoom step.
    await page.waitForTimeout(1500);
    const zoom = await zoomStep(page, 1);
    return { firstRender, zoom, scripts: loaded };
  } finally {
    await context.close();
  }
}

export type MapFigures = {
  app: { firstRender: number; zoom: number; runs: MapRun[] };
  reference: { firstRender: number; zoom: number; runs: MapRun[] };
};

export async function measureMap(options: {
  browser: Browser;
  appUrl: string;
  referenceUrl: string;
  cookies: Cookie[];
  repeats: number;
}): Promise<MapFigures> {
  const app: MapRun[] = [];
  const reference: MapRun[] = [];
  // One untimed load of each first (the server's first render of the page, the OS file cache).
  await measure(options.browser, options.appUrl, options.cookies);
  await measure(options.browser, options.referenceUrl, []);
  for (let i = 0; i < options.repeats; i++) {
    reference.push(await measure(options.browser, options.referenceUrl, []));
    app.push(await measure(options.browser, options.appUrl, options.cookies));
  }
  const summary = (runs: MapRun[]) => ({
    firstRender: median(runs.map((r) => r.firstRender)),
    zoom: median(runs.map((r) => r.zoom)),
    runs,
  });
  return { app: summary(app), reference: summary(reference) };
}
