'use client';

import { useEffect, useState } from 'react';
import { SelectField } from './field';

type Option = { value: string; label: string };

/**
 * This device's zone, as one of the listed options. The list comes from the server, whose Intl may
 * spell a zone differently from this browser's ("Asia/Calcutta" or "Asia/Kolkata"): both sides are
 * resolved with this browser's Intl, which maps aliases to one name.
 */
function deviceZoneIn(options: Option[]): string | null {
  const device = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!device) return null;
  if (options.some((o) => o.value === device)) return device;
  const resolve = (zone: string) => {
    try {
      return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      return null;
    }
  };
  const target = resolve(device);
  return options.find((o) => resolve(o.value) === target)?.value ?? null;
}

type Props = {
  options: Option[];
  /** The zone saved, or the default. */
  defaultValue: string;
  /** Start from this device's zone (at setup, or while no admin has chosen one). */
  suggestDevice: boolean;
  hint: string;
  error?: string;
};

/** The organization's time zone, as a list of every zone; it can start from this device's clock. */
export function TimeZoneField({ options, defaultValue, suggestDevice, hint, error }: Props) {
  const [value, setValue] = useState(defaultValue);
  const [suggested, setSuggested] = useState<string | null>(null);
  // Once, after the first render: the server cannot know the device's zone.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the options do not change while shown
  useEffect(() => {
    if (!suggestDevice) return;
    const device = deviceZoneIn(options);
    if (device) {
      setValue(device);
      setSuggested(device);
    }
  }, [suggestDevice]);
  return (
    <SelectField
      label="Time zone"
      name="timeZone"
      required
      options={options}
      value={value}
      onChange={(event) => setValue(event.target.value)}
      hint={
        suggested && value === suggested
          ? `${hint} This device’s zone is chosen; change it if your library keeps another.`
          : hint
      }
      error={error}
    />
  );
}
