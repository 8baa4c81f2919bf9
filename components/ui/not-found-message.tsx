import Link from 'next/link';

export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">We couldn’t find that page</h1>
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
  );
}
