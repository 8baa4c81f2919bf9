import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { config, proxy } from '@/proxy';
import { newNonce, nonPagePolicy, pagePolicy } from './content-security-policy';

const signedIn = { cookie: 'authjs.session-token=abc' };

function request(path: string, headers: Record<string, string> = {}) {
  return new NextRequest(new URL(path, 'http://localhost:3000'), { headers });
}

/** The headers Next.js hands the page with the request: NextResponse.next({ request }) carries them. */
function forwarded(response: Response, name: string): string | null {
  return response.headers.get(`x-middleware-request-${name}`);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the Content-Security-Policy', () => {
  it('lets a page run only scripts with its nonce and what they load, and nothing frame it', () => {
    const policy = pagePolicy('abc123==');
    const directives = Object.fromEntries(
      policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]),
    );
    expect(directives['script-src']).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['form-action']).toEqual(["'self'"]);
    expect(pagePolicy('n', { dev: true })).toContain("'strict-dynamic' 'unsafe-eval';");
  });

  it('makes a different nonce every time, of 16 random bytes', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});

describe('proxy.ts', () => {
  it('gives each page a policy with a nonce of its own, and hands it to Next.js with the request', () => {
    const first = proxy(request('/partners', signedIn));
    const second = proxy(request('/partners', signedIn));
    const policy = first.headers.get('content-security-policy')!;
    const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
    expect(policy).toBe(pagePolicy(nonce));
    expect(forwarded(first, 'content-security-policy')).toBe(policy);
    expect(forwarded(first, 'x-nonce')).toBe(nonce);
    expect(second.headers.get('content-security-policy')).not.toBe(policy);
    // The page is rendered, not redirected.
    expect(first.headers.get('x-middleware-next')).toBe('1');
  });

  it('allows eval only under next dev', () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect(proxy(request('/map', signedIn)).headers.get('content-security-policy')).toContain(
      "'unsafe-eval'",
    );
    vi.stubEnv('NODE_ENV', 'production');
    expect(proxy(request('/map', signedIn)).headers.get('content-security-policy')).not.toContain(
      "'unsafe-eval'",
    );
  });

  it('still sends visitors without a session to sign in, back to where they were going', () => {
    const response = proxy(request('/partners/board?stage=identified'));
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe(
      'http://localhost:3000/sign-in?callbackUrl=%2Fpartners%2Fboard%3Fstage%3Didentified',
    );
    expect(proxy(request('/')).headers.get('location')).toBe('http://localhost:3000/sign-in');
    // The sign-in page itself is open, and gets a nonce like any page.
    const signIn = proxy(request('/sign-in'));
    expect(signIn.headers.get('location')).toBeNull();
    expect(signIn.headers.get('content-security-policy')).toMatch(/'nonce-[^']+'/);
  });

  it('answers signed-out API calls with 401, and gives API answers a policy that allows nothing', async () => {
    const refused = proxy(request('/api/map'));
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: 'Sign in first.' });
    expect(refused.headers.get('content-security-policy')).toBe(nonPagePolicy);
    const allowed = proxy(request('/api/export/partners', signedIn));
    expect(allowed.headers.get('x-middleware-next')).toBe('1');
    expect(allowed.headers.get('content-security-policy')).toBe(nonPagePolicy);
    expect(forwarded(allowed, 'x-nonce')).toBeNull();
  });

  it('is not run for static files, Auth.js or server actions', () => {
    const [matcher] = config.matcher;
    const source = new RegExp(`^${matcher!.source}$`);
    expect(source.test('/partners')).toBe(true);
    expect(source.test('/api/map')).toBe(true);
    for (const path of ['/_next/static/chunks/a.js', '/favicon.ico', '/api/auth/session']) {
      expect(source.test(path), path).toBe(false);
    }
    expect(matcher!.missing).toEqual([{ type: 'header', key: 'next-action' }]);
  });
});
