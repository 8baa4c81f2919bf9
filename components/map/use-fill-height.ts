'use client';

import { useLayoutEffect, useState } from 'react';

/**
 * The height that takes an element from where it starts to the bottom of the window, so the map
 * fills the screen below the header whatever the header's height (it wraps on a phone).
 */
export function useFillHeight(ref: React.RefObject<HTMLElement | null>): number | undefined {
  const [height, setHeight] = useState<number>();
  useLayoutEffect(() => {
    const measure = () => {
      const element = ref.current;
      if (!element) return;
      const top = element.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(420, Math.round(window.innerHeight - top)));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [ref]);
  return height;
}
