// When two people edit the same record, the later save is refused (optimistic concurrency). The
// refusal says who saved first and when, in the reader's own time zone when the form sent one.

function validTimeZone(timeZone: string): string | null {
  if (!timeZone) return null;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return null;
  }
}

/** "at 3:42 PM" today, "on Mar 4 at 3:42 PM" another day; in UTC (and saying so) without a zone. */
export function formatChangeTime(at: Date, timeZone: string, now = new Date()): string {
  const zone = validTimeZone(timeZone) ?? 'UTC';
  const suffix = zone === 'UTC' && validTimeZone(timeZone) === null ? ' UTC' : '';
  // Newer ICU data puts a narrow no-break space before AM/PM; plain text reads better with a space.
  const time = new Intl.DateTimeFormat('en-US', { timeStyle: 'short', timeZone: zone })
    .format(at)
    .replace(/\u202f/g, ' ');
  const dayOf = (date: Date) =>
    new Intl.DateTimeFormat('en-CA', { dateStyle: 'short', timeZone: zone }).format(date);
  if (dayOf(at) === dayOf(now)) return `at ${time}${suffix}`;
  const sameYear = dayOf(at).slice(0, 4) === dayOf(now).slice(0, 4);
  const day = new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: zone,
  }).format(at);
  return `on ${day} at ${time}${suffix}`;
}

type Change = {
  /** The name of whoever saved last, or null when no longer known. */
  who: string | null;
  /** True when the caller made the other change themselves (another tab or device). */
  isSelf: boolean;
  at: Date;
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
  const when = formatChangeTime(at, timeZone, now);
  const first = isSelf
    ? `You changed ${thing} in another window ${when}; reload to see that version.`
    : `${who ?? 'Someone else'} changed ${thing} ${when}; reload to see their changes.`;
  const then = keptInput
    ? ' Nothing of yours was saved, and what you typed is still here: copy anything you need before reloading.'
    : ' Nothing was changed; check it, then try again if you still want to.';
  return first + then;
}
