'use client';

import { useEffect, useState } from 'react';

type Props = {
  /** The field the action reads the record's id from ("id", "contactId"…). */
  idName?: string;
  id: string;
  version: number;
};

/**
 * The hidden fields of a change that must not overwrite someone else's: the record, the version the
 * form was shown with, and the reader's time zone, so a refusal can say "changed at 3:42 PM" in their
 * own time. The version is the one first shown: a refresh of the page underneath a half-typed form
 * must not let a stale edit through as if it were fresh.
 */
export function VersionFields({ idName = 'id', id, version }: Props) {
  const [startVersion] = useState(version);
  const [timeZone, setTimeZone] = useState('');
  useEffect(() => setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  return (
    <>
      <input type="hidden" name={idName} value={id} />
      <input type="hidden" name="version" value={startVersion} />
      <input type="hidden" name="timeZone" value={timeZone} />
    </>
  );
}
