'use client';

import Link from 'next/link';
import { Button, buttonClasses } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import { setReferralStatus } from '@/lib/interviews/referral-actions';
import type { ReferralStatus } from '@/lib/interviews/vocabulary';
import { referralStatusLabels } from '@/lib/interviews/vocabulary';

/** A referral's status, and the one step that makes it a partner. */
export function ReferralStatusForm({
  id,
  name,
  version,
  status,
  partner,
}: {
  id: string;
  name: string;
  version: number;
  status: ReferralStatus;
  partner: { id: string; name: string } | null;
}) {
  const { state, pending, formProps } = useActionForm(setReferralStatus);
  if (partner) {
    return (
      <p className="text-sm">
        Became a partner: <Link href={`/partners/${partner.id}`}>{partner.name || 'open it'}</Link>
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <Link href={`/partners/new?referral=${id}`} className={buttonClasses('primary', 'sm')}>
        Make a partner<span className="sr-only"> of {name}</span>
      </Link>
      <form {...formProps} className="flex items-end gap-2">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <SelectField
          className="flex-1"
          label={`Status of ${name}`}
          name="status"
          required
          defaultValue={status}
          options={(['open', 'contacted', 'not_pursued'] as const).map((s) => ({
            value: s,
            label: referralStatusLabels[s],
          }))}
        />
        <Button type="submit" variant="secondary" size="sm" pending={pending}>
          Save
        </Button>
      </form>
      <FormMessage state={state} success="Saved." />
    </div>
  );
}
