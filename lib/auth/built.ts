// Entry points built by defineAction (./action.ts), defineRoute (./route.ts) and scopedLoader
// (./loader.ts) carry a mark, so a test (tests/integration/house.test.ts) can prove that every
// server action and route handler went through one of them, and so checks the session, the role and
// the input, and that every organization loader reads in its organization's scope.

const builtBy = Symbol.for('partner-atlas.builtBy');

export type Builder = 'action' | 'route' | 'loader';

export function markBuilt<F extends (...args: never[]) => unknown>(builder: Builder, fn: F): F {
  Object.defineProperty(fn, builtBy, { value: builder });
  return fn;
}

/** 'action' or 'route' for an entry point built by the wrappers, else null. */
export function builtWith(fn: unknown): Builder | null {
  return typeof fn === 'function' ? ((fn as unknown as Record<symbol, Builder>)[builtBy] ?? null) : null;
}
