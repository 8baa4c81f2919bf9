import 'server-only';
import { getDb } from '@/db';
import type { AuthContext } from '@/lib/auth/context';
import { scopedLoader } from '@/lib/auth/loader';
import { roleAtLeast } from '@/lib/auth/roles';
import { getReferralOfPartner } from '@/lib/interviews/referrals';
import { miniMapData } from '@/lib/map/mini-map';
import { relationshipData } from '@/lib/relationships/relationship-data';
import { partnerHistory } from './history';
import { getPartnerOrThrow, listContacts } from './queries';

/**
 * Everything a partner's page shows, with what the caller's role may see: the partner (or not
 * found), its contacts, history, the referral it came from (staff and up), its relationship over
 * time and its small map.
 */
export const loadPartnerPage = scopedLoader(async function loadPartnerPage(
  ctx: AuthContext,
  partnerId: string,
) {
  const db = await getDb();
  const partner = await getPartnerOrThrow(db, ctx, partnerId);
  const [contacts, history, provenance, relationship, miniMap] = await Promise.all([
    listContacts(db, ctx, partner.id),
    partnerHistory(db, ctx, partner.id),
    roleAtLeast(ctx.role, 'staff') ? getReferralOfPartner(db, ctx, partner.id) : null,
    relationshipData(db, ctx, partner),
    miniMapData(db, ctx),
  ]);
  return { partner, contacts, history, provenance, relationship, miniMap };
});
