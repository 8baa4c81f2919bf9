import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';

/** What a brand-new organization sees instead of empty charts: what will appear, and how to start. */
export function NewOrganizationDashboard({ canAdd }: { canAdd: boolean }) {
  return (
    <Card aria-labelledby="start-heading">
      <h2 id="start-heading" className="text-lg font-semibold">
        Your dashboard fills in as you add partners
      </h2>
      <p className="mt-2 max-w-3xl text-muted">
        Once your library records its community partners, this page shows how many you have at each stage and
        how that changes month by month, which ages and kinds of partner each branch has none of, which
        relationships are going cold, what follow-ups are overdue and what themes come up in interviews. Every
        number comes with a table and a CSV download for board reports.
      </p>
      <ul className="mt-4 list-inside list-disc space-y-1 text-sm text-muted">
        <li>Add the people, groups, places and organizations you already work with.</li>
        <li>Log meetings, calls and events with them, so the dashboard can tell warm from cold.</li>
        <li>Interview community leaders and tag the themes they raise.</li>
      </ul>
      <p className="mt-5 flex flex-wrap gap-3">
        {canAdd ? (
          <Link href="/partners/new" className={buttonClasses('primary')}>
            Add your first partner
          </Link>
        ) : null}
        <Link href="/map" className={buttonClasses('secondary')}>
          Open the map
        </Link>
      </p>
    </Card>
  );
}
