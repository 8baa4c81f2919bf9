import Link from 'next/link';
import { Logo } from '@/components/app-shell/app-header';

export default function NotFound() {
  return (
    <main id="main" className="grid min-h-dvh place-items-center bg-paper px-4">
      <div className="max-w-md text-center">
        <div className="inline-flex text-brand-700">
          <Logo />
        </div>
        <h1 className="mt-3 text-2xl font-semibold tracking-tight">We couldn’t find that page</h1>
        <p className="mt-2 text-muted">
          It may have been removed, or it belongs to another library system. Check the address, or start again
          from the home page.
        </p>
        <p className="mt-5">
          <Link href="/" className="font-medium">
            Go to the home page
          </Link>
        </p>
      </div>
    </main>
  );
}
