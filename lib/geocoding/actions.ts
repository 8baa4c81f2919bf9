'use server';

import { getDb } from '@/db';
import { ActionError, defineAction } from '@/lib/auth/action';
import { geocodeAddress } from './geocode';
import type { GeocodeCandidate } from './types';
import { lookUpAddressSchema, noMatchMessage } from './validation';

/**
 * Finds where an address is, with the caller's organization's geocoder. Staff and up: the people
 * who place partners. Nothing is saved but the remembered answer; the user picks a candidate and
 * saves it with the partner.
 */
export const lookUpAddress = defineAction(
  {
    schema: lookUpAddressSchema,
    role: 'staff',
    // Its only queries name the organization (the remembered answers); a scope would hold a
    // transaction open, and the embedded database with it, while an outside geocoder answers.
    unscoped: 'waits up to 8 s for an outside geocoder (decision 0026)',
  },
  async (input, ctx): Promise<{ candidates: GeocodeCandidate[] }> => {
    const outcome = await geocodeAddress(await getDb(), ctx, input.address);
    if ('error' in outcome) throw new ActionError(outcome.error, { address: [outcome.error] });
    if (outcome.candidates.length === 0) throw new ActionError(noMatchMessage, { address: [noMatchMessage] });
    return { candidates: outcome.candidates };
  },
);
