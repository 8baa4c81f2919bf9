import { afterEach, describe, expect, it, vi } from 'vitest';
import { reminderDigestTask } from '@/lib/reminders/task';
import { createMember, createOrganization } from '../factories';
import { makeFollowUp } from '../factories/relationships';
import { useTestDatabase } from '../support/database';

// The demo and a library that sends no mail: the app's clock has nothing to refuse for want of
// AUTH_URL when there is no mail server at all, so it neither sends nor fills the log with errors.

const t = useTestDatabase();
afterEach(() => vi.unstubAllEnvs());

describe('the digests’ clock with no mail server anywhere', () => {
  it('sends nothing and reports no failure, in production without AUTH_URL', async () => {
    const org = await createOrganization(t.db);
    const staff = await createMember(t.db, org.id, { role: 'staff' });
    await makeFollowUp(t.db, org.id, { assigneeMembershipId: staff.membershipId, dueOn: '2020-01-01' });
    vi.stubEnv('SMTP_URL', '');
    vi.stubEnv('AUTH_URL', '');
    vi.stubEnv('NODE_ENV', 'production');
    const result = await reminderDigestTask.run(t.db, async () => true);
    expect(result).toMatchObject({ sent: 0 });
  });
});
