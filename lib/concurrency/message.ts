import { formatMomentNearby } from '@/lib/dates';

// When two people edit the same record, the later save is refused (optimistic concurrency). The
// refusal says who saved first and when, on the organization's clock like every time in the app.

type Change = {
  /** The name of whoever saved last, or null when no longer known. */
  who: string | null;
  /** True when the caller made the other change themselves (another tab or device). */
  isSelf: boolean;
  at: Date;
  /** The organization's time zone. */
  timeZone: string;
  /** "this partner", "this contact". */
  thing: string;
  /** Whether the refused form still holds what the user typed. */
  keptInput: boolean;
  now?: Date;
};

/** "Morgan Lee changed this partner at 3:42 PM; reload to see their changes. …" */
export function changedMeanwhileMessage({
  who,
  isSelf,
  at,
  timeZone,
  thing,
  keptInput,
  now,
}: Change): string {
  const when = formatMomentNearby(at, timeZone, now);
  const first = isSelf
    ? `You changed ${thing} in another window ${when}; reload to see that version.`
    : `${who ?? 'Someone else'} changed ${thing} ${when}; reload to see their changes.`;
  const then = keptInput
    ? ' Nothing of yours was saved, and what you typed is still here: copy anything you need before reloading.'
    : ' Nothing was changed; check it, then try again if you still want to.';
  return first + then;
}
