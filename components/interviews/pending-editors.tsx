'use client';

import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { TextAreaField } from '@/components/ui/textarea-field';
import { addDays, today } from '@/lib/dates';
import type { PendingFollowUp, PendingReferral } from '@/lib/interviews/vocabulary';

type Errors = Record<string, string[] | undefined>;
type Option = { value: string; label: string };

function newKey() {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Follow-ups agreed in the interview: what, who, by when. They become tasks on completion. */
export function FollowUpsEditor({
  followUps,
  onChange,
  members,
  me,
  timeZone,
  errors,
}: {
  followUps: PendingFollowUp[];
  onChange: (next: PendingFollowUp[]) => void;
  members: Option[];
  me: string;
  /** The organization's time zone: a new follow-up is due a week after today there. */
  timeZone: string;
  errors: Errors;
}) {
  const add = (description = '', days = 7) =>
    onChange([
      ...followUps,
      { key: newKey(), description, assigneeMembershipId: me, dueOn: addDays(today(timeZone), days) },
    ]);
  const set = (key: string, patch: Partial<PendingFollowUp>) =>
    onChange(followUps.map((f) => (f.key === key ? { ...f, ...patch } : f)));
  const hasThanks = followUps.some((f) => /thank/i.test(f.description));
  return (
    <section aria-labelledby="follow-ups-heading" className="space-y-3">
      <h3 id="follow-ups-heading" className="text-base font-semibold text-ink">
        Follow-ups
      </h3>
      {followUps.length === 0 ? <p className="text-sm text-muted">No follow-ups yet.</p> : null}
      <ol className="space-y-4">
        {followUps.map((followUp, index) => {
          const at = `followUps.${followUp.key}`;
          return (
            <li key={followUp.key} className="space-y-3 rounded-md border border-line p-3">
              <TextField
                label={`Follow-up ${index + 1}: what is to be done`}
                required
                value={followUp.description}
                maxLength={500}
                onChange={(e) => set(followUp.key, { description: e.target.value })}
                error={errors[`${at}.description`]?.[0]}
              />
              <div className="grid gap-3 sm:grid-cols-2">
                <SelectField
                  label="Who"
                  required
                  options={members}
                  value={followUp.assigneeMembershipId}
                  onChange={(e) => set(followUp.key, { assigneeMembershipId: e.target.value })}
                  error={errors[`${at}.assigneeMembershipId`]?.[0]}
                />
                <TextField
                  label="By when"
                  type="date"
                  required
                  value={followUp.dueOn}
                  onChange={(e) => set(followUp.key, { dueOn: e.target.value })}
                  error={errors[`${at}.dueOn`]?.[0]}
                />
              </div>
              <Button
                variant="ghost"
                size="sm"
                onClick={() => onChange(followUps.filter((f) => f.key !== followUp.key))}
                aria-label={`Remove follow-up ${index + 1}`}
              >
                Remove
              </Button>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => add()}>
          Add a follow-up
        </Button>
        {hasThanks ? null : (
          <Button variant="secondary" onClick={() => add('Send a thank-you note', 2)}>
            Add a thank-you note
          </Button>
        )}
      </div>
    </section>
  );
}

/** "Who else should we talk to?": each becomes a referral to work through on completion. */
export function ReferralsEditor({
  referrals,
  onChange,
  errors,
  headingLevel = 3,
}: {
  referrals: PendingReferral[];
  onChange: (next: PendingReferral[]) => void;
  errors: Errors;
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const set = (key: string, patch: Partial<PendingReferral>) =>
    onChange(referrals.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <section className="space-y-3">
      <Heading className="text-base font-semibold text-ink">Referrals</Heading>
      {referrals.length === 0 ? <p className="text-sm text-muted">No one suggested yet.</p> : null}
      <ol className="space-y-4">
        {referrals.map((referral, index) => {
          const at = `referrals.${referral.key}`;
          const n = index + 1;
          return (
            <li key={referral.key} className="space-y-3 rounded-md border border-line p-3">
              <div className="grid gap-3 sm:grid-cols-2">
                <TextField
                  label={`Referral ${n}: name`}
                  value={referral.name}
                  maxLength={200}
                  onChange={(e) => set(referral.key, { name: e.target.value })}
                  error={errors[`${at}.name`]?.[0]}
                />
                <TextField
                  label={`Referral ${n}: organization`}
                  value={referral.organizationName}
                  maxLength={200}
                  onChange={(e) => set(referral.key, { organizationName: e.target.value })}
                />
              </div>
              <TextField
                label={`Referral ${n}: how to reach them`}
                value={referral.howToReach}
                maxLength={1000}
                onChange={(e) => set(referral.key, { howToReach: e.target.value })}
              />
              <TextAreaField
                label={`Referral ${n}: why talk to them`}
                rows={2}
                value={referral.reason}
                maxLength={1000}
                onChange={(e) => set(referral.key, { reason: e.target.value })}
              />
              <label className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={referral.maySayWhoSuggested}
                  onChange={(e) => set(referral.key, { maySayWhoSuggested: e.target.checked })}
                  className="mt-0.5 size-4 accent-brand-700"
                />
                We may tell them who suggested them
              </label>
              <div>
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() => onChange(referrals.filter((r) => r.key !== referral.key))}
                  aria-label={`Remove referral ${n}`}
                >
                  Remove
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <Button
        variant="secondary"
        onClick={() =>
          onChange([
            ...referrals,
            {
              key: newKey(),
              name: '',
              organizationName: '',
              howToReach: '',
              reason: '',
              maySayWhoSuggested: false,
            },
          ])
        }
      >
        Add a referral
      </Button>
    </section>
  );
}

/** Key takeaways: one short line each. */
export function TakeawaysEditor({
  takeaways,
  onChange,
}: {
  takeaways: string[];
  onChange: (next: string[]) => void;
}) {
  return (
    <section aria-labelledby="takeaways-heading" className="space-y-3">
      <h3 id="takeaways-heading" className="text-base font-semibold text-ink">
        Key takeaways
      </h3>
      <p className="text-sm text-muted">What you learned, in a sentence each. Viewers can read these.</p>
      <ol className="space-y-3">
        {takeaways.map((takeaway, index) => (
          // The position is the identity: takeaways are plain lines without ids.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index} className="flex items-end gap-2">
            <TextField
              className="flex-1"
              label={`Takeaway ${index + 1}`}
              required
              value={takeaway}
              maxLength={1000}
              onChange={(e) => onChange(takeaways.map((t, i) => (i === index ? e.target.value : t)))}
            />
            <Button
              variant="ghost"
              size="sm"
              onClick={() => onChange(takeaways.filter((_, i) => i !== index))}
              aria-label={`Remove takeaway ${index + 1}`}
            >
              Remove
            </Button>
          </li>
        ))}
      </ol>
      <Button
        variant="secondary"
        onClick={() => onChange([...takeaways, ''])}
        disabled={takeaways.length >= 20}
      >
        Add a takeaway
      </Button>
    </section>
  );
}
