import { GeocodeError } from './errors';

/** How long a geocoder may take before we give up and let the user place the pin. */
export const defaultTimeoutMs = 8_000;

type Options = { headers?: Record<string, string>; timeoutMs?: number; signal?: AbortSignal };

/**
 * GETs JSON from a geocoding service. Whatever goes wrong (no network, a slow or failing server,
 * an answer that is not JSON) becomes a GeocodeError, never a raw fetch error.
 */
export async function getJson(url: URL, options: Options = {}): Promise<unknown> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? defaultTimeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  // Details name the server and what failed, never the address looked up (it may be someone's home).
  const failed = (error: unknown, fallback: 'unreachable' | 'bad_response') => {
    // The caller giving up is not the service's fault: pass their reason on unchanged.
    if (options.signal?.aborted) return options.signal.reason;
    if (timeout.aborted) return new GeocodeError('timeout', `${url.origin}: no answer in time`);
    if (fallback === 'bad_response')
      return new GeocodeError(fallback, `${url.origin}: the answer is not JSON`);
    const cause = (error as { cause?: { code?: unknown } })?.cause?.code;
    return new GeocodeError(
      fallback,
      `${url.origin}: ${typeof cause === 'string' ? cause : 'no connection'}`,
    );
  };

  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json', ...options.headers },
      signal,
    });
  } catch (error) {
    throw failed(error, 'unreachable');
  }
  if (!response.ok) {
    // Let the connection go; the body is of no use to anyone.
    await response.body?.cancel().catch(() => {});
    const busy = response.status === 429 || response.status === 503;
    throw new GeocodeError(busy ? 'busy' : 'status', `${url.origin}: HTTP ${response.status}`);
  }
  try {
    return await response.json();
  } catch (error) {
    throw failed(error, 'bad_response');
  }
}
