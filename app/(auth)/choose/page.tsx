import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { OrgChooser } from '@/components/app-shell/org-chooser';
import { Card } from '@/components/ui/card';
import { requirePageContext } from '@/lib/auth/page';
import { roleLabels } from '@/lib/auth/roles';
import { loadUsableMemberships } from '@/lib/auth/switch';
import { switchOrganization } from '@/lib/auth/switch-actions';
import { chooserNextPath } from '@/lib/auth/validation';

export const metadata: Metadata = { title: 'Choose a library system' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Where signing in passes through (decision 0023): a person in several library systems chooses one;
 * anyone else goes straight on. The account menu's "Switch library system" opens it too.
 */
export default async function ChoosePage({ searchParams }: Props) {
  const params = await searchParams;
  // Signing in to accept an invitation (decision 0024): back to it at once, whatever the session
  // opens (a host admin's opens no organization, and accepting moves the session anyway).
  if (chooserNextPath(params.next).startsWith('/invite/')) redirect(chooserNextPath(params.next));
  const ctx = await requirePageContext();
  const fromSignIn = params.next !== undefined;
  const next = chooserNextPath(params.next);
  const options = await loadUsableMemberships(ctx.userId);
  if (options.length < 2) redirect(next);

  return (
    <Card>
      <h1 className="mb-1 text-2xl font-semibold tracking-tight">Choose a library system</h1>
      <p className="mb-5 text-sm text-muted">
        {fromSignIn
          ? `You belong to ${options.length} library systems, ${ctx.name}. Choose the one to work in; you can switch later from your account menu.`
          : `You are in ${ctx.orgName}. Choose the library system to work in.`}
      </p>
      <OrgChooser
        next={next}
        choose={switchOrganization}
        options={options.map((option) => ({
          membershipId: option.membershipId,
          orgName: option.orgName,
          roleLabel: roleLabels[option.role],
          current: !fromSignIn && option.membershipId === ctx.membershipId,
        }))}
      />
      {fromSignIn ? null : (
        <p className="mt-5 text-sm">
          <Link href="/map">Back to the map of {ctx.orgName}</Link>
        </p>
      )}
    </Card>
  );
}
