import { describe, expect, it } from 'vitest';
import { setupAction } from '@/app/(auth)/setup/actions';
import { hostAdmins, hostAudit, memberships, users } from '@/db/schema';
import { checkCredentials } from '@/lib/auth/credentials';
import { form } from '../factories';
import { useTestDatabase } from '../support/database';
import { expectRedirect } from '../support/next';

const t = useTestDatabase();

describe('first-run setup for a host', () => {
  it('“I also host other library systems” makes the first admin a host admin too', async () => {
    await expectRedirect(() =>
      setupAction(
        null,
        form({
          organizationName: 'Washington State Library',
          name: 'Hollis Host',
          email: 'hollis@sos.example',
          password: 'a long enough password',
          confirmPassword: 'a long enough password',
          alsoHost: 'on',
        }),
      ),
    );
    const [user] = await t.db.select().from(users);
    expect(await t.db.select().from(hostAdmins)).toEqual([expect.objectContaining({ userId: user!.id })]);
    expect(await t.db.select().from(memberships)).toHaveLength(1);
    expect(await t.db.select().from(hostAudit)).toEqual([
      expect.objectContaining({ action: 'host_admin.add', actorUserId: user!.id }),
    ]);
    // A member as well: signing in opens their library; the console is in the account menu.
    const result = await checkCredentials(t.db, 'hollis@sos.example', 'a long enough password', {
      sleep: async () => {},
      client: '192.0.2.1',
    });
    expect(result).toMatchObject({ ok: true, membershipId: expect.any(String) });
  });
});
