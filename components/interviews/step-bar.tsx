'use client';

import { useEffect, useRef } from 'react';

/**
 * The bar pinned to the bottom of the screen while an interview is under way: where the notes are
 * (saved, offline…) and the way on (Previous, Next or Complete), always in reach of a thumb.
 * It keeps the field being typed in above itself (decision 0018).
 */
export function StepBar({ status, children }: { status: React.ReactNode; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    const root = document.documentElement;
    // The page's scroll padding follows the bar's height (it grows when a message wraps), so
    // focus and scrollIntoView stop above it (interview.css).
    const resize = new ResizeObserver(() => {
      root.style.setProperty('--pa-step-bar-height', `${Math.ceil(bar.offsetHeight) + 16}px`);
    });
    resize.observe(bar);
    // A field tapped while partly under the bar is brought up above it: browsers scroll a focused
    // field into view only when it is wholly out of sight.
    const onFocus = (event: FocusEvent) => {
      const field = event.target;
      if (!(field instanceof HTMLElement) || bar.contains(field)) return;
      if (!field.matches('input, textarea, select, [contenteditable="true"]')) return;
      const hidden = field.getBoundingClientRect().bottom - bar.getBoundingClientRect().top + 12;
      if (hidden > 0) window.scrollBy({ top: hidden });
    };
    document.addEventListener('focusin', onFocus);
    return () => {
      resize.disconnect();
      document.removeEventListener('focusin', onFocus);
      root.style.removeProperty('--pa-step-bar-height');
    };
  }, []);

  return (
    <div
      ref={ref}
      className="pa-step-bar sticky bottom-0 z-20 -mx-4 space-y-2 border-t border-line bg-white/95 px-4 pt-2 pb-[max(0.75rem,env(safe-area-inset-bottom))] shadow-[0_-2px_6px_rgb(0_0_0/0.06)] backdrop-blur-sm sm:-mx-6 sm:px-6 lg:mx-0 lg:rounded-b-lg lg:px-4"
    >
      {status}
      <div className="flex items-stretch gap-2">{children}</div>
    </div>
  );
}
