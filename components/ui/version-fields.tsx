'use client';

import { useState } from 'react';

type Props = {
  /** The field the action reads the record's id from ("id", "contactId"…). */
  idName?: string;
  id: string;
  version: number;
};

/**
 * The hidden fields of a change that must not overwrite someone else's: the record and the version
 * the form was shown with (a refusal says when the other change was made, on the organization's
 * clock). The version is the one first shown: a refresh of the page underneath a half-typed form
 * must not let a stale edit through as if it were fresh.
 */
export function VersionFields({ idName = 'id', id, version }: Props) {
  const [startVersion] = useState(version);
  return (
    <>
      <input type="hidden" name={idName} value={id} />
      <input type="hidden" name="version" value={startVersion} />
    </>
  );
}
