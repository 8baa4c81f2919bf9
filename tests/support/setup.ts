import { vi } from 'vitest';

// Server actions call revalidatePath, which needs a Next.js request around it.
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  unstable_cache: (fn: unknown) => fn,
}));

// Sessions come from Auth.js's cookie in the app; in tests, from `signInAs` (tests/support/session.ts).
vi.mock('@/lib/auth/index', async () => {
  const { currentTestSession } = await import('./session');
  return {
    auth: vi.fn(async () => currentTestSession()),
    signIn: vi.fn(),
    signOut: vi.fn(),
    handlers: {},
  };
});

// Request headers (the client address, the browser) come from the test: tests/support/request.ts.
vi.mock('next/headers', async () => {
  const { currentTestHeaders } = await import('./request');
  return {
    headers: vi.fn(async () => currentTestHeaders()),
    cookies: vi.fn(async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {} })),
  };
});
