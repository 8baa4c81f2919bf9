import Link from 'next/link';
import { buttonClasses } from './button';

type Props = {
  /** Names the navigation, e.g. "Partner list pages". */
  label: string;
  page: number;
  pages: number;
  href: (page: number) => string;
  previous?: string;
  next?: string;
};

/** Previous and next links around "Page 2 of 5", for a list shown a page at a time. */
export function Pager({ label, page, pages, href, previous = '← Previous', next = 'Next →' }: Props) {
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={href(Math.min(page - 1, pages))} className={buttonClasses('secondary', 'sm')}>
          {previous}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-muted">
        Page {Math.min(page, pages)} of {pages}
      </p>
      {page < pages ? (
        <Link href={href(page + 1)} className={buttonClasses('secondary', 'sm')}>
          {next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
