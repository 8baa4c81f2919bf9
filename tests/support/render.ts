import { AppRouterContext } from 'next/dist/shared/lib/app-router-context.shared-runtime';
import { createElement, type ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';

// Client components such as the map read the router; a page rendered here has none mounted.
const stubRouter = { push() {}, replace() {}, refresh() {}, back() {}, forward() {}, prefetch() {} };

/**
 * A page's HTML as the server would send it, client components included (before hydration). It
 * waits for async server components inside the page (such as the Learn more panel), which
 * `renderToStaticMarkup` cannot render. The `<!-- -->` React puts between neighbouring text nodes
 * is dropped, so text reads as it does on screen.
 */
export async function renderToHtml(node: ReactNode): Promise<string> {
  const { prelude } = await prerenderToNodeStream(
    createElement(AppRouterContext.Provider, { value: stubRouter as never }, node),
  );
  let html = '';
  for await (const chunk of prelude) html += chunk;
  return html.replace(/<!-- -->/g, '').replace(/<!--\/?\$[!?]?-->/g, '');
}
