'use client';

import { useEffect, useRef } from 'react';
import { assetCategories, categoryLabels, relationshipStages, stageLabels } from '@/lib/partners/vocabulary';
import { ShapeGlyph, StageSwatch } from './pin-glyph';
import { categoryShapes } from './pin-style';

const storageKey = 'partner-atlas.map-legend';

/** What the colours and shapes mean. */
export function MapLegend() {
  const ref = useRef<HTMLDetailsElement>(null);
  // Folded by default so it never hides pins; opened once, it stays open on later visits.
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    if (localStorage.getItem(storageKey) === 'open') details.open = true;
    const remember = () => localStorage.setItem(storageKey, details.open ? 'open' : 'closed');
    details.addEventListener('toggle', remember);
    return () => details.removeEventListener('toggle', remember);
  }, []);
  return (
    <details
      ref={ref}
      className="pointer-events-auto max-h-full overflow-y-auto rounded-md border border-line bg-white/95 text-xs shadow-md"
    >
      <summary className="cursor-pointer px-3 py-1.5 text-sm font-medium">Legend</summary>
      <LegendKeys className="px-3 pb-2.5" />
    </details>
  );
}

/** The stage colours, category shapes and other marks: folded beside the live map, open on paper. */
export function LegendKeys({ className = '' }: { className?: string }) {
  return (
    <div className={`grid grid-cols-2 gap-4 ${className}`}>
      <div>
        <h3 className="font-semibold text-muted">Colour is the stage</h3>
        <ul className="mt-0.5">
          {relationshipStages.map((stage) => (
            <li key={stage} className="flex items-center gap-2">
              <StageSwatch stage={stage} />
              {stageLabels[stage]}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="font-semibold text-muted">Shape is the category</h3>
        <ul className="mt-0.5">
          {assetCategories.map((category) => (
            <li key={category} className="flex items-center gap-2">
              <ShapeGlyph shape={categoryShapes[category]} size={14} />
              {categoryLabels[category]}
            </li>
          ))}
        </ul>
        <h3 className="mt-1.5 font-semibold text-muted">Also</h3>
        <ul className="mt-0.5 space-y-0.5">
          <li className="flex items-center gap-2">
            <ApproximateGlyph />
            Approximate (about 1 km)
          </li>
          <li className="flex items-center gap-2">
            <BranchGlyph />
            Library branch
          </li>
          <li className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-flex size-4 items-center justify-center rounded-full bg-brand-700 text-[9px] font-bold text-white"
            >
              5
            </span>
            Several partners
          </li>
        </ul>
      </div>
    </div>
  );
}

function ApproximateGlyph() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="shrink-0">
      <circle
        cx="12"
        cy="12"
        r="11"
        fill="#5f6670"
        fillOpacity="0.15"
        stroke="#5f6670"
        strokeDasharray="3 2"
      />
      <circle cx="12" cy="12" r="5" fill="#fff" stroke="#1c2321" strokeWidth="2.5" />
    </svg>
  );
}

function BranchGlyph() {
  return (
    <svg width="16" height="16" viewBox="0 0 34 34" aria-hidden="true" focusable="false" className="shrink-0">
      <rect x="1" y="1" width="32" height="32" rx="7" fill="#134640" />
      <path
        d="M8 10.5c3.2-1.2 6.4-.8 9 1.2v13c-2.6-2-5.8-2.4-9-1.2zM26 10.5c-3.2-1.2-6.4-.8-9 1.2v13c2.6-2 5.8-2.4 9-1.2z"
        fill="#fff"
      />
    </svg>
  );
}
