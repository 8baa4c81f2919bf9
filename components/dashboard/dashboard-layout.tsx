import { OpenDetailsWhenPrinting } from './print-open';
import './dashboard.css';

/**
 * The dashboard's frame: the sections, and room for a side panel (a "Learn more" resources panel)
 * beside them on wide screens and below them on narrow ones. Without one, the sections take the
 * whole width.
 */
export function DashboardLayout({ aside, children }: { aside?: React.ReactNode; children: React.ReactNode }) {
  return (
    <>
      <OpenDetailsWhenPrinting />
      {aside ? (
        <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="min-w-0 space-y-6">{children}</div>
          <aside className="no-print space-y-6">{aside}</aside>
        </div>
      ) : (
        <div className="space-y-6">{children}</div>
      )}
    </>
  );
}
