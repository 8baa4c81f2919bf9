// Load figures: 50 concurrent signed-in clients on loopback for a while, per route (autocannon).
import autocannon from 'autocannon';

export type LoadFigures = {
  path: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
};

export async function load(options: {
  baseUrl: string;
  path: string;
  cookie: string;
  connections: number;
  seconds: number;
}): Promise<LoadFigures> {
  const result = await autocannon({
    url: `${options.baseUrl}${options.path}`,
    connections: options.connections,
    duration: options.seconds,
    headers: { cookie: options.cookie },
    timeout: 60,
  });
  return {
    path: options.path,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}
