import { Logo } from '@/components/app-shell/app-header';

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-gradient-to-b from-brand-50 to-paper">
      <header className="px-4 pt-8 pb-4 text-center sm:pt-12">
        <div className="inline-flex items-center gap-2 text-brand-800">
          <Logo />
          <span className="text-xl font-semibold tracking-tight">Partner Atlas</span>
        </div>
        <p className="mt-1 text-sm text-muted">Community partnerships for public libraries</p>
      </header>
      <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 pb-12">
        {children}
      </main>
    </div>
  );
}
