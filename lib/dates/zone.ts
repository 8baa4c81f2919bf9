// The organization's time zone (organizations.time_zone, an IANA name such as America/Los_Angeles):
// which day it is "today", and which day a moment fell on, for the library's staff wherever the
// server or the browser happens to be. Native Intl only, so it runs alike on the server and in
// the browser. Pure: safe in the browser.
import type { Day } from './days';

/** The zone of an organization that has not chosen one yet (and of every test that does not care). */
export const defaultTimeZone = 'UTC';

// Formatters are costly to make and are used for every row of a list: one per zone and purpose.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached Intl.DateTimeFormat, in en-US, for a zone and a set of options. */
export function formatterFor(
  zone: string,
  options: Omit<Intl.DateTimeFormatOptions, 'timeZone'>,
  locale = 'en-US',
): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * The canonical name of a time zone this runtime knows (Intl's spelling: "Asia/Kolkata" may come
 * back as "Asia/Calcutta"), or null for anything else. "UTC" and its aliases are "UTC".
 */
export function canonicalTimeZone(name: string): string | null {
  const trimmed = name.trim();
  // Offsets ("+05:30") are valid for Intl but are not places, and do not follow summer time.
  if (!trimmed || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(trimmed)) return null;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
    return /^(Etc\/)?(UTC|UCT|GMT|Zulu|Universal|Greenwich)$/i.test(resolved) ? 'UTC' : resolved;
  } catch {
    return null;
  }
}

/** Every zone an organization may choose: "UTC" and the zones Intl lists (Intl.supportedValuesOf). */
export function timeZoneNames(): string[] {
  return [defaultTimeZone, ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
}

/** The listed spelling of a zone an organization may choose ("Asia/Kolkata" → Intl's own), or null. */
export function listedTimeZone(name: string): string | null {
  const canonical = canonicalTimeZone(name);
  return canonical !== null && listed().has(canonical) ? canonical : null;
}

let listedZones: Set<string> | undefined;
function listed(): Set<string> {
  listedZones ??= new Set(timeZoneNames());
  return listedZones;
}

/** The zone's name as a list of choices should show it: "America/Los Angeles · Pacific Time (GMT-8)". */
export function timeZoneLabel(zone: string, now = new Date()): string {
  if (zone === defaultTimeZone) return 'UTC · Coordinated Universal Time';
  const part = (style: 'longGeneric' | 'shortOffset') =>
    formatterFor(zone, { timeZoneName: style })
      .formatToParts(now)
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  const place = zone.replace(/_/g, ' ');
  const generic = part('longGeneric');
  const offset = part('shortOffset');
  // Where Intl has no name of its own for the zone it says the offset twice; say it once.
  return generic && generic !== offset ? `${place} · ${generic} (${offset})` : `${place} (${offset})`;
}

/** The zones as choices for a select, in alphabetical order with UTC first. */
export function timeZoneOptions(now = new Date()): { value: string; label: string }[] {
  return timeZoneNames().map((zone) => ({ value: zone, label: timeZoneLabel(zone, now) }));
}

function partsOf(at: Date, zone: string) {
  const parts = formatterFor(zone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}:${get('second')}`,
  };
}

/** The calendar day a moment fell on in the zone. */
export function dayOf(at: Date, zone: string): Day {
  return partsOf(at, zone).day;
}

/** Today in the zone: the day every "today", "overdue" and default date starts from. */
export function today(zone: string, now = new Date()): Day {
  return dayOf(now, zone);
}

/** "2026-11-01 22:30:00": the moment's wall-clock time in the zone, for spreadsheets. */
export function localDateTime(at: Date, zone: string): string {
  const { day, time } = partsOf(at, zone);
  return `${day} ${time}`;
}

/** The zone's short name at a moment: "PST" or "PDT", "UTC", or an offset such as "GMT+14". */
export function zoneAbbreviation(zone: string, at: Date): string {
  return (
    formatterFor(zone, { timeZoneName: 'short' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? zone
  );
}
