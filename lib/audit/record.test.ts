import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { recordAudit } from './record';

function fakeDb() {
  const written: unknown[] = [];
  const db = { insert: () => ({ values: async (row: unknown) => void written.push(row) }) } as unknown as Db;
  return { db, written };
}

describe('recordAudit', () => {
  it('never writes a password, hash or token, however deep, but keeps the must-change flag', async () => {
    const { db, written } = fakeDb();
    await recordAudit(
      db,
      { orgId: 'o', userId: 'u' },
      {
        action: 'member.update',
        entityType: 'member',
        entityId: 'm',
        before: { name: 'Ana', passwordHash: '$argon2id$x', mustChangePassword: false },
        after: { name: 'Ana', nested: { oneTimePassword: 'abc-def', resetToken: 't' }, when: new Date(0) },
      },
    );
    const text = JSON.stringify(written);
    expect(text).not.toMatch(/argon2id|abc-def|"t"/);
    expect(written[0]).toMatchObject({
      before: { name: 'Ana', mustChangePassword: false },
      after: { name: 'Ana', nested: {}, when: '1970-01-01T00:00:00.000Z' },
    });
  });
});
