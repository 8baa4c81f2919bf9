import { cx } from '@/components/ui/cx';
import { type HealthLevel, healthLabels } from '@/lib/relationships/health-levels';

// The level is always written out, with a glyph whose fill shows it too; colour only helps scanning.
const tones: Record<HealthLevel, string> = {
  warm: 'bg-emerald-50 text-emerald-900 ring-emerald-300',
  cooling: 'bg-amber-50 text-amber-950 ring-amber-300',
  cold: 'bg-sky-50 text-sky-950 ring-sky-300',
  none: 'bg-stone-100 text-stone-800 ring-stone-300',
};

function Glyph({ level }: { level: HealthLevel }) {
  // Full, half, empty and dashed circles: readable without colour.
  return (
    <svg viewBox="0 0 12 12" className="size-3 shrink-0" aria-hidden="true">
      {level === 'none' ? (
        <circle
          cx="6"
          cy="6"
          r="4.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeDasharray="2 1.5"
        />
      ) : (
        <>
          <circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          {level === 'warm' ? <circle cx="6" cy="6" r="4.5" fill="currentColor" /> : null}
          {level === 'cooling' ? <path d="M6 1.5a4.5 4.5 0 0 1 0 9z" fill="currentColor" /> : null}
        </>
      )}
    </svg>
  );
}

/** "Cooling" (and, when `days` is given, "· 63 days since contact"). */
export function HealthBadge({
  level,
  days,
  className,
}: {
  level: HealthLevel;
  days?: number | null;
  className?: string;
}) {
  return (
    <span className={cx('pa-pill whitespace-nowrap', tones[level], className)}>
      <Glyph level={level} />
      {healthLabels[level]}
      {days !== undefined && days !== null ? <span className="font-normal"> · {daysText(days)}</span> : null}
    </span>
  );
}

export function daysText(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return '1 day ago';
  return `${days} days ago`;
}
