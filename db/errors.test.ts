import { afterEach, describe, expect, it, vi } from 'vitest';
import { isUniqueViolation, logError, pgErrorCode } from './errors';

afterEach(() => vi.restoreAllMocks());

// The shape drizzle gives a failed query: its message lists every parameter.
const drizzleError = () =>
  Object.assign(
    new Error('Failed query: insert into "users" ...\nparams: a@b.org,$argon2id$v=19$secret-hash'),
    {
      cause: Object.assign(new Error('duplicate key value violates unique constraint "users_email_unique"'), {
        code: '23505',
        constraint_name: 'users_email_unique',
      }),
    },
  );

describe('database errors', () => {
  it('finds the PostgreSQL code and constraint through the wrapper', () => {
    expect(pgErrorCode(drizzleError())).toBe('23505');
    expect(isUniqueViolation(drizzleError(), 'users_email_unique')).toBe(true);
    expect(isUniqueViolation(drizzleError(), 'branches_org_name_unique')).toBe(false);
  });

  it('logs a failed query without its parameters', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    logError('test', drizzleError());
    const logged = JSON.stringify(spy.mock.calls);
    expect(logged).toContain('23505');
    expect(logged).toContain('users_email_unique');
    expect(logged).not.toContain('argon2id');
    expect(logged).not.toContain('a@b.org');
  });
});
