import { expect } from 'vitest';

/** Runs something that should end in Next.js's redirect, and returns where it redirected. */
export async function expectRedirect(run: () => Promise<unknown>): Promise<string> {
  try {
    const result = await run();
    throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    expect(digest, String(error)).toMatch(/^NEXT_REDIRECT/);
    // digest: NEXT_REDIRECT;replace|push;URL;STATUS;
    return digest!.split(';')[2]!;
  }
}
