'use client';

import { useState } from 'react';
import type { ActionResult } from '@/lib/auth/action';
import type { MapPoint } from '@/lib/map/payload';
import type { LatLng } from './map-types';

type Moved = { id: string; version: number; latitude: number; longitude: number };
export type MovePartnerAction = (previous: unknown, formData: FormData) => Promise<ActionResult<Moved>>;

type Options = {
  action: MovePartnerAction;
  /** Saved: the partner with its new point and version. */
  onMoved: (point: MapPoint) => void;
  /** Cancelled or refused: the pin goes back; `message` says why when it was refused. */
  onReverted: (message?: string) => void;
};

/**
 * A pin move waiting for the person's "yes": from a drag, or from "Move pin" and a click. Carries
 * the version the map loaded, so the server refuses the move if the partner changed meanwhile.
 */
export function usePinMove({ action, onMoved, onReverted }: Options) {
  const [move, setMove] = useState<{ point: MapPoint; to: LatLng } | null>(null);
  const [moving, setMoving] = useState(false);

  const confirm = async () => {
    if (!move) return;
    setMoving(true);
    const form = new FormData();
    form.set('id', move.point.id);
    form.set('version', String(move.point.version));
    form.set('latitude', String(move.to.lat));
    form.set('longitude', String(move.to.lng));
    const result = await action(null, form).catch(() => null);
    setMoving(false);
    setMove(null);
    if (result?.ok) {
      const { latitude, longitude, version } = result.data;
      onMoved({ ...move.point, lat: latitude, lng: longitude, version });
    } else {
      onReverted(result?.message ?? 'The pin could not be moved. Check the connection and try again.');
    }
  };

  const cancel = () => {
    setMove(null);
    onReverted();
  };

  return { move, moving, request: (point: MapPoint, to: LatLng) => setMove({ point, to }), confirm, cancel };
}
