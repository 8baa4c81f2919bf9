'use client';

import { useId } from 'react';
import {
  describeShadedArea,
  type ShadedArea,
  type Shading,
  type ShadingMode,
  shadeSteps,
  shadingLabels,
  shadingModes,
} from '@/lib/areas/shading';

type AreaSet = { id: string; name: string };
type On = Exclude<ShadingMode, 'off'>;

const selectClasses =
  'rounded-md border border-stone-300 bg-white px-2 py-1.5 text-base text-ink focus:border-brand-500 focus:ring-2 focus:ring-brand-500/40 focus:outline-none sm:text-sm';

/** "Shade areas" and, with more than one set, which set: in the map's filters. */
export function AreaShadingControls({
  shading,
  sets,
  setId,
  onChange,
}: {
  shading: Shading;
  sets: AreaSet[];
  /** The set shaded now (the service areas unless another was chosen). */
  setId: string | null;
  onChange: (shading: Shading) => void;
}) {
  const modeId = useId();
  const setFieldId = useId();
  if (!sets.length) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={modeId} className="text-sm font-medium">
        Shade areas
      </label>
      <select
        id={modeId}
        className={selectClasses}
        value={shading.mode}
        onChange={(event) => onChange({ ...shading, mode: event.target.value as ShadingMode })}
      >
        {shadingModes.map((mode) => (
          <option key={mode} value={mode}>
            {shadingLabels[mode]}
          </option>
        ))}
      </select>
      {shading.mode !== 'off' && sets.length > 1 ? (
        <>
          <label htmlFor={setFieldId} className="text-sm font-medium">
            Area set
          </label>
          <select
            id={setFieldId}
            className={selectClasses}
            value={setId ?? ''}
            onChange={(event) => onChange({ ...shading, setId: event.target.value })}
          >
            {sets.map((set) => (
              <option key={set.id} value={set.id}>
                {set.name}
              </option>
            ))}
          </select>
        </>
      ) : null}
    </div>
  );
}

/** What the shading's fills mean, and how partners are counted. */
export function AreaShadingLegend({
  shaded: {
    mode,
    set: { name: setName },
    hiddenLeftOut,
  },
}: {
  /** hiddenLeftOut: a viewer's counts place no partner whose location is hidden (lib/areas/coverage.ts). */
  shaded: { mode: On; set: { name: string }; hiddenLeftOut: boolean };
}) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="pointer-events-auto max-w-72 rounded-md border border-line bg-white/95 px-3 py-2 text-xs shadow-md"
    >
      <h2 id={headingId} className="text-sm font-semibold">
        {setName}: {mode === 'partners' ? 'partners per area' : 'categories and ages served'}
      </h2>
      <ul className="mt-1 space-y-0.5">
        {shadeSteps[mode].map((step) => (
          <li key={step.min} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block h-3 w-5 shrink-0 border border-ink"
              style={{ background: step.fill, borderStyle: step.min === 0 ? 'dashed' : 'solid' }}
            />
            {step.label}
          </li>
        ))}
      </ul>
      <p className="mt-1 text-muted">
        Each area shows its {mode === 'partners' ? 'count' : 'number covered'}. Approximate partners are
        counted where their approximate point falls; partners with hidden locations are{' '}
        {hiddenLeftOut ? 'not counted in any area.' : 'counted but not drawn.'}
      </p>
    </section>
  );
}

/** The areas as a list, by name, each moving the map to its area: the shading by keyboard. */
export function AreaList({
  mode,
  setName,
  areas,
  onChoose,
}: {
  mode: On;
  setName: string;
  areas: ShadedArea[];
  onChoose: (area: ShadedArea) => void;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="max-h-[40%] overflow-y-auto border-b border-line">
      <h2 id={headingId} className="px-4 pt-3 text-base font-semibold">
        Areas of {setName}
      </h2>
      {areas.length === 0 ? <p className="px-4 py-2 text-sm text-muted">This set has no areas yet.</p> : null}
      <ul aria-labelledby={headingId} className="divide-y divide-line">
        {areas.map((area) => (
          <li key={area.id}>
            <button
              type="button"
              className="w-full px-4 py-2 text-left text-sm hover:bg-brand-50 focus-visible:bg-brand-50"
              onClick={() => onChoose(area)}
            >
              {describeShadedArea(area, mode)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Beside the map: the areas' list once counted, or that they are being counted. */
export function AreaPanel({
  pending,
  shaded,
  onChoose,
}: {
  pending: boolean;
  shaded: { mode: On; set: AreaSet; areas: ShadedArea[] } | null;
  onChoose: (area: ShadedArea) => void;
}) {
  if (pending)
    return (
      <p role="status" className="border-b border-line px-4 py-2 text-sm text-muted">
        Counting partners in each area…
      </p>
    );
  if (!shaded) return null;
  return <AreaList mode={shaded.mode} setName={shaded.set.name} areas={shaded.areas} onChoose={onChoose} />;
}
