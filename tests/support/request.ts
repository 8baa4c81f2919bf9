// The request headers server code reads with next/headers' headers() in tests (mocked in ./setup.ts):
// a test stands for a browser at some client address by setting them.
const defaults = {
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'x-forwarded-for': '192.0.2.10',
};

let current = new Headers(defaults);

export function currentTestHeaders(): Headers {
  return current;
}

/** The following calls come from a browser sending these headers (the defaults when given nothing). */
export function setTestRequestHeaders(headers: Record<string, string> = {}) {
  current = new Headers({ ...defaults, ...headers });
}
