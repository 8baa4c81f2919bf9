const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

/** A day as staff read it ("Mar 4, 2025"), or the fallback when there is none. */
export function formatDay(value: Date | string | null, fallback = 'Never'): string {
  if (!value) return fallback;
  return dateFormat.format(typeof value === 'string' ? new Date(value) : value);
}

export function isoDate(value: Date | string): string {
  return (typeof value === 'string' ? new Date(value) : value).toISOString();
}
