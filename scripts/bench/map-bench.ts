// Map figures in headless Chromium: navigation to the first clustered render, and one zoom step,
// for the app's map page and for the reference page, alternately, in fresh browser contexts; beside
// them the main thread's longest task during each, the bytes received before the first clusters were
// painted, and (the app only) how long a change of the stage filter takes to redraw the clusters.
import { gzipSync } from 'node:zlib';
import type { Browser, Cookie, Page } from 'playwright-core';
import { median } from './stats';

/**
 * Runs in every page before its own scripts: notes when the first cluster is drawn and painted,
 * catches the Leaflet map as it is made (Leaflet's UMD build assigns window.L on load), and keeps
 * every long task from the start, as [start, duration] (buffered: ones before the observer too).
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
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // Tiles and chunks could pass the default 250 resource entries; the bytes figure reads them all.
  performance.setResourceTimingBufferSize(10000);
})();`;

/** How long the page is watched after a step for long tasks it caused (late effects, transitions). */
const settleMs = 1000;

/**
 * One zoom step of the map the probe caught, without animation: when it started, and its length.
 * Started from a timer, a task of the page's own: Chromium does not report work done directly in
 * DevTools' evaluation as a long task, so a zoom run there would never show in the longest task.
 */
function timedZoomStep(page: Page, delta: 1 | -1): Promise<{ start: number; ms: number }> {
  return page.evaluate(
    (by) =>
      new Promise<{ start: number; ms: number }>((resolve) => {
        setTimeout(() => {
          const map = (
            window as unknown as { __benchMap: { getZoom(): number; setZoom(z: number, o: object): void } }
          ).__benchMap;
          // The app's markers come from its worker's answer, after the zoom's own task: the app
          // counts each drawing on the map's element (data-drawn), and the step ends after the next
          // one. The reference draws within the zoom's task.
          const pane = document.querySelector('.pa-map');
          const before = pane?.getAttribute('data-drawn') ?? null;
          const drawn = new Promise<void>((done) => {
            if (!pane || before === null) return done();
            const observer = new MutationObserver(() => {
              if (pane.getAttribute('data-drawn') === before) return;
              observer.disconnect();
              done();
            });
            observer.observe(pane, { attributes: true, attributeFilter: ['data-drawn'] });
            setTimeout(() => {
              observer.disconnect();
              done();
            }, 10_000);
          });
          const start = performance.now();
          map.setZoom(map.getZoom() + by, { animate: false });
          void drawn.then(() =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => resolve({ start, ms: performance.now() - start })),
            ),
          );
        }, 0);
      }),
    delta,
  );
}

/**
 * One zoom step (in with 1, out with -1) of the map the probe caught, without animation, in ms: until
 * the frame after the new markers, when any work the zoom queued has run.
 */
export async function zoomStep(page: Page, delta: 1 | -1): Promise<number> {
  return (await timedZoomStep(page, delta)).ms;
}

/**
 * The longest task the probe saw overlapping [from, to] (page time, ms), or 0 when none: Chromium
 * reports only tasks over 50 ms as long tasks, so 0 means every task was shorter than that.
 */
function longestTask(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    ([a, b]) => {
      const tasks = (window as unknown as { __benchLongTasks: [number, number][] }).__benchLongTasks;
      let longest = 0;
      for (const [start, duration] of tasks) {
        if (start <= b && start + duration >= a) longest = Math.max(longest, duration);
      }
      return longest;
    },
    [from, to] as const,
  );
}

/**
 * The bytes received (headers and bodies as sent, `transferSize`) for the page and for every
 * resource that had fully arrived by `until`. Cross-origin resources count only if their server
 * says Timing-Allow-Origin (the reference server does, for the tiles it serves the app too).
 */
function bytesReceivedBy(page: Page, until: number): Promise<number> {
  return page.evaluate((end) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    let bytes = nav?.transferSize ?? 0;
    for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      if (e.responseEnd > 0 && e.responseEnd <= end) bytes += e.transferSize;
    }
    return bytes;
  }, until);
}

/**
 * When the page's map data last arrived: a page may draw its first clusters from part of its data,
 * and the load's long tasks should include what the rest costs.
 */
function lastDataArrival(page: Page): Promise<number> {
  return page.evaluate(() => {
    let last = 0;
    for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      if (/\/api\/map|\/points\.geojson/.test(e.name)) last = Math.max(last, e.responseEnd);
    }
    return last;
  });
}

/**
 * The app's map filter: ticks "Connected" (a quarter of the generated partners) in the Stage
 * drop-down and times from the tick until two frames after Leaflet's marker pane gets new clusters
 * (the layer clears and redraws in one task when the new data comes), in ms. The drop-down is
 * opened first, untimed. Null, with a warning, if the controls are not where this expects them.
 */
export async function filterChange(page: Page): Promise<number | null> {
  try {
    await page
      .locator('summary')
      .filter({ hasText: /^Stage/ })
      .first()
      .click({ timeout: 5000 });
    await page.getByRole('checkbox', { name: 'Connected', exact: true }).waitFor({ timeout: 5000 });
    return await page.evaluate(async () => {
      const pane = document.querySelector('.leaflet-marker-pane');
      const box = [...document.querySelectorAll('label')]
        .find((l) => l.textContent?.trim() === 'Connected')
        ?.querySelector('input[type=checkbox]');
      if (!pane || !(box instanceof HTMLInputElement)) throw new Error('no marker pane or Connected box');
      const redrawn = new Promise<void>((resolve) => {
        new MutationObserver((records, observer) => {
          const added = records.some((r) =>
            [...r.addedNodes].some((n) => n instanceof Element && n.matches('.pa-cluster')),
          );
          if (!added) return;
          observer.disconnect();
          resolve();
        }).observe(pane, { childList: true });
      });
      // Ticked from a timer, a task of the page's own, as a person's click would be (see above).
      const start = await new Promise<number>((resolve) =>
        setTimeout(() => {
          const at = performance.now();
          box.click();
          resolve(at);
        }, 0),
      );
      await redrawn;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return performance.now() - start;
    });
  } catch (error) {
    console.warn(`  filter change not measured: ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
}

export type MapRun = {
  firstRender: number;
  zoom: number;
  /** The longest main-thread task from navigation until a second after the first clusters (or the data). */
  longTaskLoad: number;
  /** The longest main-thread task from the zoom step until a second after it. */
  longTaskZoom: number;
  /** Bytes received by the time the first clusters were painted. */
  bytesBeforePaint: number;
  /** The app only: stage filter ticked until the clusters are redrawn; null if not measured. */
  filterChange: number | null;
  scripts: { url: string; bytes: number; gzip: number }[];
};

async function measure(
  browser: Browser,
  url: string,
  cookies: Cookie[],
  options: { filter: boolean },
): Promise<MapRun> {
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
    const bytesBeforePaint = await bytesReceivedBy(page, firstRender);
    const loaded = (await Promise.all(scripts)).filter((s) => s !== null);
    // Let the page settle (the list beside the map, late effects) before the zoom step; and wait
    // for the network to go quiet, so any later part of the map's data has come in.
    await page.waitForTimeout(1500);
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => {});
    const loadEnd = Math.max(firstRender, await lastDataArrival(page)) + settleMs;
    await waitUntilPageTime(page, loadEnd + 100);
    const longTaskLoad = await longestTask(page, 0, loadEnd);
    const zoom = await timedZoomStep(page, 1);
    await page.waitForTimeout(settleMs + 100);
    const longTaskZoom = await longestTask(page, zoom.start, zoom.start + zoom.ms + settleMs);
    const filter = options.filter ? await filterChange(page) : null;
    return {
      firstRender,
      zoom: zoom.ms,
      longTaskLoad,
      longTaskZoom,
      bytesBeforePaint,
      filterChange: filter,
      scripts: loaded,
    };
  } finally {
    await context.close();
  }
}

/** Waits until the page's clock (performance.now()) has passed `time`. */
async function waitUntilPageTime(page: Page, time: number) {
  const now = await page.evaluate(() => performance.now());
  if (now < time) await page.waitForTimeout(time - now);
}

/** The median of each figure over the runs; `filterChange` null for the reference, and for the app
 * when no sample could measure it. */
type Summary = Omit<MapRun, 'scripts'> & { runs: MapRun[] };

export type MapFigures = { app: Summary; reference: Summary };

/** Medians of the samples, the longest tasks too (each sample's longest task, its median). */
function summary(runs: MapRun[]): Summary {
  const of = (pick: (r: MapRun) => number) => median(runs.map(pick));
  const filters = runs.map((r) => r.filterChange).filter((v) => v !== null);
  return {
    firstRender: of((r) => r.firstRender),
    zoom: of((r) => r.zoom),
    longTaskLoad: of((r) => r.longTaskLoad),
    longTaskZoom: of((r) => r.longTaskZoom),
    bytesBeforePaint: of((r) => r.bytesBeforePaint),
    filterChange: filters.length ? median(filters) : null,
    runs,
  };
}

export async function measureMap(options: {
  browser: Browser;
  appUrl: string;
  referenceUrl: string;
  cookies: Cookie[];
  repeats: number;
}): Promise<MapFigures> {
  const app: MapRun[] = [];
  const reference: MapRun[] = [];
  const appRun = () => measure(options.browser, options.appUrl, options.cookies, { filter: true });
  const referenceRun = () => measure(options.browser, options.referenceUrl, [], { filter: false });
  // One untimed load of each first (the server's first render of the page, the OS file cache, and
  // the server's kept map data for the filtered stage).
  await appRun();
  await referenceRun();
  for (let i = 0; i < options.repeats; i++) {
    reference.push(await referenceRun());
    app.push(await appRun());
  }
  return { app: summary(app), reference: summary(reference) };
}
