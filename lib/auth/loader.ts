import 'server-only';
import { withOrgScope } from '@/db/index';
import { markBuilt } from './built';
import type { AuthContext } from './context';

/** What an organization's loader is given: at least the organization and the person asking. */
export type OrgCaller = Pick<AuthContext, 'orgId' | 'userId'>;

/**
 * Every loader that reads for an organization's page is built with this (decision 0026): its reads
 * run in the caller's organization's scope, behind row-level security, in one short transaction
 * that begins at the loader's first getDb() and commits when the loader returns. Inside an action's
 * or a route's scope (or another loader's) it is that same scope. The loader keeps its own type.
 */
export function scopedLoader<C extends OrgCaller, A extends unknown[], R>(
  fn: (ctx: C, ...args: A) => Promise<R>,
): (ctx: C, ...args: A) => Promise<R> {
  const scoped = (ctx: C, ...args: A) =>
    withOrgScope({ orgId: ctx.orgId, userId: ctx.userId }, () => fn(ctx, ...args));
  Object.defineProperty(scoped, 'name', { value: fn.name });
  return markBuilt('loader', scoped);
}
