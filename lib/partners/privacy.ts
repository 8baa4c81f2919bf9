import { type MemberRole, roleAtLeast } from '@/lib/auth/roles';

// What a viewer may not read (PRODUCT.md, "Privacy and care"): a contact's private details unless the
// contact agreed to share them, and how to reach a person who is a partner. Every read of partners and
// contacts goes through these, so no page, export or later feature can forget it.

/** Staff and up see everything they record; viewers see what is safe to share. */
export function seesPrivateDetails(role: MemberRole): boolean {
  return roleAtLeast(role, 'staff');
}

/** An approximate point, about a kilometre across: two decimal places. */
export function approximate(value: number): number {
  return Math.round(value * 100) / 100;
}

type PartnerPrivateFields = {
  category: string;
  locationPrecision: string;
  latitude: number | null;
  longitude: number | null;
  address: string;
  phone?: string;
  email?: string;
};

/**
 * A partner as this role may read it. For a viewer: an individual's address, phone and email are
 * withheld; a hidden point is withheld and an approximate one rounded. `detailsWithheld` says so,
 * for the page to explain.
 */
export function redactPartner<T extends PartnerPrivateFields>(
  partner: T,
  role: MemberRole,
): T & { detailsWithheld: boolean } {
  if (seesPrivateDetails(role)) return { ...partner, detailsWithheld: false };
  const out: T = { ...partner };
  let withheld = false;
  if (partner.category === 'individual') {
    withheld = Boolean(partner.address || partner.phone || partner.email);
    out.address = '';
    if ('phone' in out) out.phone = '';
    if ('email' in out) out.email = '';
  }
  if (partner.locationPrecision === 'hidden') {
    out.latitude = null;
    out.longitude = null;
  } else if (partner.locationPrecision === 'approximate') {
    out.latitude = partner.latitude === null ? null : approximate(partner.latitude);
    out.longitude = partner.longitude === null ? null : approximate(partner.longitude);
  }
  return { ...out, detailsWithheld: withheld };
}

type ContactPrivateFields = { email: string; phone: string; notes: string; shareWithViewers: boolean };

/** A contact as this role may read it: a viewer gets email, phone and notes only when shared. */
export function redactContact<T extends ContactPrivateFields>(
  contact: T,
  role: MemberRole,
): T & { detailsWithheld: boolean } {
  if (seesPrivateDetails(role) || contact.shareWithViewers) return { ...contact, detailsWithheld: false };
  const withheld = Boolean(contact.email || contact.phone || contact.notes);
  return { ...contact, email: '', phone: '', notes: '', detailsWithheld: withheld };
}
