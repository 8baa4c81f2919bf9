'use client';

import { type RefObject, useEffect, useState } from 'react';

/**
 * A sheet of paper shown on a screen narrower than the paper: the scale that fits it in the room
 * given, and the height the scaled sheet takes, so the page never scrolls sideways (a 360 px phone
 * shows the whole sheet, small). Printed, the sheet is its real size again (print CSS).
 */
export function useSheetScale(
  room: RefObject<HTMLElement | null>,
  sheet: RefObject<HTMLElement | null>,
  width: number,
) {
  const [fit, setFit] = useState({ scale: 1, height: 0 });
  useEffect(() => {
    const outer = room.current;
    const inner = sheet.current;
    if (!outer || !inner) return;
    const measure = () => {
      const scale = Math.min(1, outer.clientWidth / width);
      setFit({ scale, height: Math.ceil(inner.offsetHeight * scale) });
    };
    const observer = new ResizeObserver(measure);
    observer.observe(outer);
    observer.observe(inner);
    measure();
    return () => observer.disconnect();
  }, [room, sheet, width]);
  return fit;
}
