import { cx } from '@/components/ui/cx';
import type { RelationshipStage } from '@/lib/partners/vocabulary';
import { stageLabels } from '@/lib/partners/vocabulary';

// The stage is always written out; the colour only helps scanning a list.
const tones: Record<RelationshipStage, string> = {
  identified: 'bg-stone-100 text-stone-800 ring-stone-300',
  reached_out: 'bg-sky-50 text-sky-900 ring-sky-200',
  connected: 'bg-brand-50 text-brand-900 ring-brand-200',
  collaborating: 'bg-emerald-50 text-emerald-900 ring-emerald-300',
  sustained: 'bg-emerald-100 text-emerald-950 ring-emerald-400',
  paused: 'bg-amber-50 text-amber-900 ring-amber-300',
  ended: 'bg-red-50 text-red-800 ring-red-200',
};

export function StageBadge({ stage }: { stage: RelationshipStage }) {
  return <span className={cx('pa-pill whitespace-nowrap', tones[stage])}>{stageLabels[stage]}</span>;
}
