import type { AssetCategory, RelationshipStage } from '@/lib/partners/vocabulary';
import { categoryShapes, type PinShape, shapePaths, stageColors } from './pin-style';

/** The map pin of a partner, for the list and the legend (the map draws the same from pinSvg). */
export function PinGlyph({
  stage,
  category,
  hollow = false,
  size = 20,
}: {
  stage: RelationshipStage;
  category: AssetCategory;
  hollow?: boolean;
  size?: number;
}) {
  const d = shapePaths[categoryShapes[category]];
  const color = stageColors[stage];
  return (
    <svg
      width={size}
      height={size}
      viewBox="-1 -1 26 26"
      aria-hidden="true"
      focusable="false"
      className="shrink-0"
    >
      {hollow ? (
        <>
          <path d={d} fill="#ffffff" stroke="#1c2321" strokeWidth={4.6} strokeLinejoin="round" />
          <path d={d} fill="none" stroke={color} strokeWidth={2.8} strokeLinejoin="round" />
        </>
      ) : (
        <path d={d} fill={color} stroke="#1c2321" strokeWidth={1} strokeLinejoin="round" />
      )}
    </svg>
  );
}

/** A category's shape alone, outlined, for the legend. */
export function ShapeGlyph({ shape, size = 20 }: { shape: PinShape; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="-1 -1 26 26"
      aria-hidden="true"
      focusable="false"
      className="shrink-0"
    >
      <path d={shapePaths[shape]} fill="#ffffff" stroke="#1c2321" strokeWidth={2} strokeLinejoin="round" />
    </svg>
  );
}

/** A stage's colour as a small filled square, for the legend. */
export function StageSwatch({ stage }: { stage: RelationshipStage }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block size-3.5 shrink-0 rounded-sm ring-1 ring-stone-900/60"
      style={{ backgroundColor: stageColors[stage] }}
    />
  );
}
