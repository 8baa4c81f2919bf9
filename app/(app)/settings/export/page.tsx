import type { Metadata } from 'next';
import { buttonClasses } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdminPage } from '@/lib/auth/admin-page';
import { restoreArchive } from '@/lib/export/actions';
import { loadRestoreBlockers } from '@/lib/export/archive-download';
import { maxArchiveBytes } from '@/lib/export/format';
import { RestoreForm } from './restore-form';

export const metadata: Metadata = { title: 'Export and restore' };

export default async function ExportPage() {
  const ctx = await requireAdminPage();
  if (!ctx) return <NoAccess what="export and restore" />;
  const holds = await loadRestoreBlockers(ctx);

  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title="Export and restore"
        description={`Take everything ${ctx.orgName} holds in Partner Atlas with you, or bring it back into a new, empty organization.`}
      />
      <Card aria-labelledby="download-heading">
        <CardTitle id="download-heading">Download everything</CardTitle>
        <p className="mt-2 text-sm text-muted">
          One .zip file with a spreadsheet (CSV) for each kind of record and one document,{' '}
          <code>organization.json</code>, that holds it all and can be restored later. It includes:
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-ink">
          <li>partners and their contacts, branches, and staff (names, emails and roles; never passwords)</li>
          <li>interactions and who took part, follow-ups, and every change of stage</li>
          <li>
            interview guides with all their versions, interviews, and referrals. Answers are included only
            where the interviewee agreed that notes may be kept.
          </li>
          <li>your own resources, the built-in ones you hid, and the whole audit log</li>
        </ul>
        <p className="mt-3 text-sm text-muted">
          The file holds people’s contact details and what community members told you: store it as carefully
          as you would the app. Each download is recorded in the audit log.
        </p>
        <div className="mt-4 flex flex-wrap gap-2">
          <a href="/api/export/archive" className={buttonClasses('primary')} download>
            Download the archive (.zip)
          </a>
        </div>
        <h3 className="mt-6 font-semibold text-ink">Partners for other map tools</h3>
        <p className="mt-1 text-sm text-muted">
          Every partner, archived ones too, for uMap, Google My Maps and similar tools. A hidden location is
          left off the map (no point, no address); an approximate one is rounded to about a kilometre, as the
          app draws it. The KML file leaves out partners without a point, since map tools cannot place them.
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          <a href="/api/export/partners?format=geojson" className={buttonClasses('secondary')} download>
            Partners as GeoJSON
          </a>
          <a href="/api/export/partners?format=kml" className={buttonClasses('secondary')} download>
            Partners as KML
          </a>
        </div>
      </Card>
      <Card aria-labelledby="restore-heading">
        <CardTitle id="restore-heading">Restore from an archive</CardTitle>
        <p className="mt-2 text-sm text-muted">
          Brings a downloaded archive (the .zip, or the <code>organization.json</code> inside it, up to{' '}
          {maxArchiveBytes / 1024 / 1024} MB) into this organization. It only goes into an empty organization,
          and it is all or nothing: if anything in the file is wrong, nothing is written. The organization
          takes the archive’s name and settings. Staff are matched by email: people who already have an
          account keep their password and are invited (make their links from the Staff page); for anyone else
          an account is made without one, so give them a one-time password from the Staff page.
        </p>
        <RestoreForm restore={restoreArchive} holds={holds} maxBytes={maxArchiveBytes} />
      </Card>
    </div>
  );
}
