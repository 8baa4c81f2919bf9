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

/**
 * How much of a partner's address a role may read (PRODUCT.md, "Places"): staff and up read it all.
 * Below staff, an individual's address never (it may be their home, whatever the precision); a
 * place shown approximately only its area (the town, never the street); a hidden place nothing.
 */
export type AddressView = 'full' | 'area' | 'none';

export function addressViewFor(
  role: MemberRole,
  partner: { category: string; locationPrecision: string },
): AddressView {
  if (seesPrivateDetails(role)) return 'full';
  if (partner.category === 'individual' || partner.locationPrecision === 'hidden') return 'none';
  return partner.locationPrecision === 'approximate' ? 'area' : 'full';
}

/**
 * The area of an address: what follows the street part, e.g. "1520 Casino Rd, Everett, WA 98204"
 * to "Everett, WA 98204". An address with no part after the street (or only a street) has no area
 * to give, so nothing is shown rather than guessing where the street ends.
 */
export function areaOf(address: string): string {
  const parts = address
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return '';
  // Drop leading parts while they look like a street line (a number, a PO box, a unit).
  let start = 0;
  while (start < parts.length - 1 && /\d|^(po|p\.o\.)\s*box/i.test(parts[start]!)) start += 1;
  if (start === 0) start = 1;
  return parts.slice(start).join(', ');
}

/** The address as this role may read it, for a partner of this category and precision. */
export function shownAddress(
  role: MemberRole,
  partner: { category: string; locationPrecision: string; address: string },
): string {
  const view = addressViewFor(role, partner);
  if (view === 'full') return partner.address;
  return view === 'area' ? areaOf(partner.address) : '';
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
 * A partner as this role may read it. For a viewer: the address as addressViewFor says; an
 * individual's phone and email withheld; a hidden point withheld and an approximate one rounded.
 * `detailsWithheld` says that something was left out, `addressView` how much of the address is shown,
 * for the page to explain.
 */
export function redactPartner<T extends PartnerPrivateFields>(
  partner: T,
  role: MemberRole,
): T & { detailsWithheld: boolean; addressView: AddressView } {
  const addressView = addressViewFor(role, partner);
  if (seesPrivateDetails(role)) return { ...partner, detailsWithheld: false, addressView };
  const out: T = { ...partner, address: shownAddress(role, partner) };
  let withheld = out.address !== partner.address;
  if (partner.category === 'individual') {
    withheld ||= Boolean(partner.phone || partner.email);
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
  return { ...out, detailsWithheld: withheld, addressView };
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
