'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

type Props = {
  /** When the current address was made, as the member reads it; null when there is no feed. */
  since: string | null;
  reset: FormAction<{ address: string }>;
  stop: FormAction<{ stopped: boolean }>;
};

/** The member's private calendar feed: make it, make a new address (ending the old), or turn it off. */
export function CalendarFeed({ since, reset, stop }: Props) {
  const [address, setAddress] = useState<string | null>(null);
  const [resetOpen, setResetOpen] = useState(false);
  const [stopOpen, setStopOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const make = useActionForm(reset, {
    onSuccess: (data) => {
      setResetOpen(false);
      setCopied(false);
      setAddress(data.address);
    },
  });
  const end = useActionForm(stop, {
    onSuccess: () => {
      setStopOpen(false);
      setAddress(null);
    },
  });
  const copy = async () => {
    if (!address) return;
    await navigator.clipboard?.writeText(address).catch(() => undefined);
    setCopied(true);
  };

  return (
    <div className="mt-4 space-y-4">
      {address ? (
        <div className="space-y-3">
          <Alert tone="success" title="Your calendar feed address">
            Copy it now: for your privacy it is shown only this once. Anyone who has it can read your
            follow-ups, so keep it to your own calendar.
          </Alert>
          <TextField
            label="Feed address"
            value={address}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="flex flex-wrap items-center gap-2">
            <Button type="button" variant="secondary" onClick={copy}>
              Copy address
            </Button>
            <span aria-live="polite" className="text-sm text-muted">
              {copied ? 'Copied.' : ''}
            </span>
          </div>
          <p className="text-sm text-muted">
            Outlook: Add calendar, Subscribe from web. Google Calendar: Other calendars, From URL. Apple
            Calendar: File, New Calendar Subscription.
          </p>
        </div>
      ) : since ? (
        <p className="text-sm">
          Your feed is on; its address was made {since}. If it may have reached someone else, make a new
          address: the old one stops working at once.
        </p>
      ) : (
        <p className="text-sm text-muted">You have no calendar feed.</p>
      )}
      {make.state && !make.state.ok && !resetOpen ? <FormMessage state={make.state} /> : null}
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {since || address ? (
          <>
            <ConfirmDialog
              open={resetOpen}
              onOpenChange={setResetOpen}
              trigger={<Button variant="secondary">Make a new address…</Button>}
              title="Make a new feed address?"
              description={
                <p>
                  The address you use now stops working at once. Calendars subscribed to it must be given the
                  new one.
                </p>
              }
              confirmLabel="Make a new address"
              pending={make.pending}
              form={make.formProps}
            >
              {make.state && !make.state.ok ? <FormMessage state={make.state} /> : null}
            </ConfirmDialog>
            <ConfirmDialog
              open={stopOpen}
              onOpenChange={setStopOpen}
              trigger={<Button variant="danger">Turn off the feed…</Button>}
              title="Turn off your calendar feed?"
              description={
                <p>Its address stops working at once; calendars subscribed to it stop updating.</p>
              }
              confirmLabel="Turn off the feed"
              tone="danger"
              pending={end.pending}
              form={end.formProps}
            >
              {end.state && !end.state.ok ? <FormMessage state={end.state} /> : null}
            </ConfirmDialog>
          </>
        ) : (
          <form {...make.formProps}>
            <Button type="submit" disabled={make.pending}>
              Turn on the calendar feed
            </Button>
          </form>
        )}
      </div>
    </div>
  );
}
