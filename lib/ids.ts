const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record id as the database makes them: anything else names no record, and is not sent to it. */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
