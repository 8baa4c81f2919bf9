import { AppHeader } from '@/components/app-shell/app-header';
import type { NavItem } from '@/components/app-shell/nav-links';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast, roleLabels } from '@/lib/auth/roles';
import { loadUsableMemberships } from '@/lib/auth/switch';
import { getHostContext } from '@/lib/host/context';
import { resumeInterruptedImports } from '@/lib/import/resume';
import { loadOverdueFollowUpCount } from '@/lib/relationships/loaders';
import { signOutAction } from './actions';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requirePageContext({ allowPasswordChange: true });
  await resumeInterruptedImports();
  const hostConsole = Boolean(await getHostContext());
  const switchSystems = (await loadUsableMemberships(ctx.userId)).length > 1;
  const nav: NavItem[] = ctx.mustChangePassword
    ? []
    : [
        { href: '/', label: 'Home' },
        { href: '/map', label: 'Map' },
        { href: '/partners', label: 'Partners' },
        { href: '/dashboard', label: 'Dashboard' },
        { href: '/interviews', label: 'Interviews' },
        { href: '/resources', label: 'Resources' },
      ];
  if (!ctx.mustChangePassword && roleAtLeast(ctx.role, 'staff')) {
    const overdue = await loadOverdueFollowUpCount(ctx);
    nav.push({ href: '/follow-ups', label: 'My follow-ups', count: { value: overdue, label: 'overdue' } });
  }
  if (!ctx.mustChangePassword && roleAtLeast(ctx.role, 'admin'))
    nav.push({ href: '/settings', label: 'Settings' });

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded bg-white px-3 py-2 text-brand-800 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        Skip to main content
      </a>
      <AppHeader
        nav={nav}
        user={{
          name: ctx.name,
          email: ctx.email,
          roleLabel: roleLabels[ctx.role],
          orgName: ctx.orgName,
          hostConsole,
          switchSystems,
        }}
        signOut={signOutAction}
      />
      <main
        id="main"
        // The map page marks itself full-bleed and takes the whole width.
        className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 has-[[data-full-bleed]]:max-w-none sm:px-6 sm:py-8"
      >
        {children}
      </main>
    </div>
  );
}
