import { cx } from '@/components/ui/cx';

/** Where a resource lives online, or a note that no address is known (never an invented link). */
export function ResourceTitle({
  title,
  url,
  className,
}: {
  title: string;
  url: string | null;
  className?: string;
}) {
  if (!url) return <span className={className}>{title}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className={cx('group', className)}>
      {title}
      <NewTabIcon />
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}

/** Said beside a resource with no address, so its missing link reads as known, not broken. */
export function NoAddressNote({ className }: { className?: string }) {
  return (
    <span className={cx('text-sm text-muted', className)}>
      No web address on file: search for the title, or ask a colleague who has it.
    </span>
  );
}

function NewTabIcon() {
  return (
    <svg
      viewBox="0 0 16 16"
      aria-hidden="true"
      className="ml-1 inline-block size-3.5 -translate-y-px align-baseline"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
    >
      <path d="M9 3h4v4M13 3 7.5 8.5M11.5 9.5V13H3V4.5h3.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
