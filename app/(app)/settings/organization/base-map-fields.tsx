'use client';

import { useId, useState } from 'react';
import { TextField } from '@/components/ui/field';
import type { BaseMapChoice } from '@/lib/organization/validation';
import { ChoiceCard } from './choice-card';

type Props = {
  /** What the organization itself set: null for the default, 'offline', or a tile address. */
  url: string | null;
  attribution: string | null;
  /** The tile server this deployment uses when an organization sets none, when it is not OpenStreetMap. */
  deploymentDefault?: string;
  fieldError: (name: string) => string | undefined;
};

function choiceOf(url: string | null): BaseMapChoice {
  if (!url) return 'default';
  return url === 'offline' ? 'offline' : 'custom';
}

/** The base map under the pins: the default, the built-in offline map, or another tile server. */
export function BaseMapFields({ url, attribution, deploymentDefault, fieldError }: Props) {
  const id = useId();
  const [choice, setChoice] = useState<BaseMapChoice>(choiceOf(url));
  const error = fieldError('baseMap');
  return (
    <fieldset className="space-y-3" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend className="text-sm font-semibold text-ink">Base map</legend>
      <p id={`${id}-hint`} className="text-sm text-muted">
        The map drawn under your partners’ pins. Whichever you choose, if its pictures cannot be loaded the
        map falls back to the offline map, so the pins always show.
      </p>
      <div className="space-y-2">
        <ChoiceCard
          name="baseMap"
          value="default"
          title={deploymentDefault ? 'Use this server’s default map' : 'Use the default (OpenStreetMap)'}
          checked={choice === 'default'}
          onChange={() => setChoice('default')}
          invalid={Boolean(error)}
        >
          {deploymentDefault
            ? `The map whoever runs Partner Atlas for you set up (${deploymentDefault}).`
            : 'OpenStreetMap’s standard street map, made by volunteers and free to use for a library’s everyday work. It needs an internet connection.'}
        </ChoiceCard>
        <ChoiceCard
          name="baseMap"
          value="offline"
          title="The offline map built into Partner Atlas"
          checked={choice === 'offline'}
          onChange={() => setChoice('offline')}
          invalid={Boolean(error)}
        >
          State and county outlines with town names, and no streets. It needs no internet and sends nothing to
          anyone: choose it where map services are blocked, or to keep staff activity off outside servers.
        </ChoiceCard>
        <ChoiceCard
          name="baseMap"
          value="custom"
          title="Another map service"
          checked={choice === 'custom'}
          onChange={() => setChoice('custom')}
          invalid={Boolean(error)}
        >
          A map your library or county uses or pays for (a county GIS, MapTiler, Stadia Maps, Thunderforest…).
          You need its tile address and the credit line its terms ask you to show.
        </ChoiceCard>
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      {/* Kept in the page while hidden, so switching back and forth loses nothing typed. */}
      <div hidden={choice !== 'custom'} className="space-y-4 border-l-2 border-brand-200 pl-4">
        <TextField
          label="Tile address"
          name="tileUrl"
          required
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          maxLength={500}
          defaultValue={url && url !== 'offline' ? url : ''}
          hint={
            <>
              The service’s address for map pictures, with <code>{'{z}'}</code>, <code>{'{x}'}</code> and{' '}
              <code>{'{y}'}</code> where the zoom level and tile numbers go, for example{' '}
              <code>{'https://tile.openstreetmap.org/{z}/{x}/{y}.png'}</code>. The service’s documentation
              calls it an “XYZ”, “slippy map” or “Leaflet” URL; include your key in it if it needs one.
            </>
          }
          error={fieldError('tileUrl')}
        />
        <TextField
          label="Credit line"
          name="tileAttribution"
          required
          maxLength={300}
          autoComplete="off"
          defaultValue={url && url !== 'offline' ? (attribution ?? '') : ''}
          hint={
            <>
              Shown in the corner of the map, as the service’s terms require, like “© OpenStreetMap
              contributors”. Plain text, or a link written as <code>{'<a href="https://…">…</a>'}</code>.
            </>
          }
          error={fieldError('tileAttribution')}
        />
      </div>
    </fieldset>
  );
}
