import { cx } from './cx';

const tones = {
  neutral: 'bg-stone-100 text-stone-800 ring-stone-300',
  brand: 'bg-brand-50 text-brand-800 ring-brand-200',
  warning: 'bg-amber-50 text-amber-900 ring-amber-300',
  danger: 'bg-red-50 text-red-800 ring-red-200',
} as const;

export function Badge({
  tone = 'neutral',
  children,
}: {
  tone?: keyof typeof tones;
  children: React.ReactNode;
}) {
  return <span className={cx('pa-pill', tones[tone])}>{children}</span>;
}
