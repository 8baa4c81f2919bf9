import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import type { FormAction } from '@/lib/auth/action';
import { formatMoment } from '@/lib/dates';
import type { PurgeCounts } from '@/lib/retention/purge';
import type { RetentionOverview } from '@/lib/retention/queries';
import { RetentionForm } from './retention-form';
import { RetentionNow } from './retention-now';

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** What is past its date now, in words, or null when nothing is. */
function pastDateText({ pastDate }: RetentionOverview): string | null {
  const parts = [
    pastDate.interviewAnswers
      ? `the answers of ${plural(pastDate.interviewAnswers, 'interview', 'interviews')}`
      : null,
    pastDate.importFiles ? plural(pastDate.importFiles, 'import file', 'import files') : null,
  ].filter(Boolean);
  return parts.length ? `Past their date now: ${parts.join(' and ')}.` : null;
}

// Shown in the section itself: the page scrolls there after saving (#retention).
const savedMessages: Record<string, string> = {
  retention: 'Your retention settings are saved.',
  purged: 'What was past its date has been removed, and the audit log says how much.',
};

/** Settings → Organization, "Data retention": the periods, what is due, and when the pass last ran. */
/** Times are in the organization's zone, `timeZone`. */
export function RetentionSection({
  overview,
  saved,
  timeZone,
  save,
  applyNow,
}: {
  overview: RetentionOverview;
  saved?: string;
  timeZone: string;
  /** The page's actions: save the periods, and remove what is past its date now. */
  save: FormAction<{ id: string }>;
  applyNow: FormAction<PurgeCounts>;
}) {
  const due = pastDateText(overview);
  const message = saved ? savedMessages[saved] : undefined;
  return (
    <Card id="retention" aria-labelledby="retention-heading" className="scroll-mt-20">
      <h2 id="retention-heading" className="text-lg font-semibold text-ink">
        Data retention
      </h2>
      <p className="mt-1 mb-5 text-sm text-muted">
        Community members trust the library with what they say: keep it only as long as the work needs it.
        Every day the app removes what is past its date and notes what it removed in the audit log.
      </p>
      {message ? (
        <Alert tone="success" className="mb-5">
          {message}
        </Alert>
      ) : null}
      <RetentionForm
        key={overview.version}
        interviewAnswersKeepMonths={overview.interviewAnswersKeepMonths}
        importFilesKeepDays={overview.importFilesKeepDays}
        version={overview.version}
        save={save}
      />
      <div className="mt-6 space-y-3 border-t border-line pt-4 text-sm">
        <p>
          {overview.lastRunAt
            ? `The daily check last ran ${formatMoment(overview.lastRunAt, timeZone)}.`
            : 'The daily check has not run yet.'}
          {overview.lastRunFailed ? ' Its latest attempt failed; it is tried again within the hour.' : ''}
          {overview.lastPurgeAt
            ? ` The last removal was on ${formatMoment(overview.lastPurgeAt, timeZone)}; the audit log says how much.`
            : ''}
        </p>
        {due ? (
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <p>{due} The daily check removes them, or remove them now.</p>
            <div className="shrink-0">
              <RetentionNow description={due} applyNow={applyNow} />
            </div>
          </div>
        ) : (
          <p className="text-muted">Nothing is past its date.</p>
        )}
      </div>
    </Card>
  );
}
