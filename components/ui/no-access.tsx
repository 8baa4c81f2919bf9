import Link from 'next/link';
import { Card } from './card';

/** Shown instead of a page the member's role does not open: a plain explanation, not an error. */
export function NoAccess({ what, who = 'admins' }: { what: string; who?: string }) {
  return (
    <Card className="mx-auto max-w-xl text-center">
      <h1 className="text-xl font-semibold">You don’t have access to {what}</h1>
      <p className="mt-2 text-muted">
        Only {who} can open this page. If you need something changed here, ask your library’s Partner Atlas
        admin.
      </p>
      <p className="mt-4">
        <Link href="/" className="font-medium">
          Back to the home page
        </Link>
      </p>
    </Card>
  );
}
