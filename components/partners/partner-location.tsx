import Link from 'next/link';
import type { TileSetting } from '@/components/map/base-layer';
import { MiniMap, type NearbyBranch } from '@/components/map/mini-map';
import type { AssetCategory, LocationPrecision, RelationshipStage } from '@/lib/partners/vocabulary';
import { precisionLabels } from '@/lib/partners/vocabulary';

type Props = {
  partner: {
    id: string;
    name: string;
    stage: RelationshipStage;
    category: AssetCategory;
    address: string;
    latitude: number | null;
    longitude: number | null;
    locationPrecision: LocationPrecision;
    archived: boolean;
    /** How much of the address the reader may see (lib/partners/privacy.ts). */
    addressView?: 'full' | 'area' | 'none';
  };
  tiles: TileSetting;
  branches: NearbyBranch[];
  /** Staff may place a partner that has no point yet. */
  canEdit: boolean;
};

function fixed(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/** About a kilometre: the page never shows an approximate point more finely than the map does. */
function rounded(value: number): number {
  return Number(value.toFixed(2));
}

/**
 * Where a partner is: the address as the reader may see it, how precisely the map shows it, and a
 * small map with the partner's pin (an area for an approximate location; no map at all for a hidden
 * one). The words say everything the map shows, so the map needs no reading of its own.
 */
export function PartnerLocation({ partner, tiles, branches, canEdit }: Props) {
  const { address, latitude, longitude, locationPrecision } = partner;
  const hasPoint = latitude !== null && longitude !== null;
  const addressText =
    partner.addressView === 'area' ? (
      <>
        {address ? <>Around {address}. </> : null}
        <span className="text-muted">The street address is shown to staff only.</span>
      </>
    ) : address ? (
      address
    ) : partner.addressView === 'none' ? (
      <span className="text-muted">
        {partner.category === 'individual'
          ? 'Address withheld: only staff see where a person lives.'
          : 'Address withheld: only staff see where this place is.'}
      </span>
    ) : (
      <span className="text-muted">No address recorded.</span>
    );
  const precision = <p className="text-muted">Precision: {precisionLabels[locationPrecision]}</p>;

  if (locationPrecision === 'hidden' || !hasPoint) {
    return (
      <div className="space-y-2 text-sm">
        {precision}
        <p>{addressText}</p>
        {locationPrecision === 'hidden' ? (
          <p className="text-muted">
            <strong className="font-medium text-ink">Location hidden:</strong> no map is shown. This partner
            is never drawn on any map, and exports leave out its point and address, so that where a person
            lives stays private.
          </p>
        ) : (
          <>
            <p className="text-muted">Not on the map yet: no point has been recorded.</p>
            {canEdit ? (
              <p>
                <Link href={`/partners/${partner.id}/edit#location-heading`}>
                  Place {partner.name} on the map
                </Link>
              </p>
            ) : null}
          </>
        )}
      </div>
    );
  }

  const approximate = locationPrecision === 'approximate';
  const lat = approximate ? rounded(latitude) : latitude;
  const lng = approximate ? rounded(longitude) : longitude;
  const zoom = approximate ? 13 : 16;
  const mapHref = `/map?at=${fixed(lat, 5)},${fixed(lng, 5)},${zoom}${partner.archived ? '&archived=include' : ''}`;
  const captionId = `location-caption-${partner.id}`;
  return (
    <div className="space-y-3 text-sm">
      {precision}
      <figure aria-labelledby={captionId} className="space-y-2">
        <MiniMap
          point={{ lat, lng, approximate }}
          look={{ stage: partner.stage, category: partner.category }}
          tiles={tiles}
          branches={branches}
        />
        <figcaption id={captionId} className="space-y-1">
          <span className="block">{addressText}</span>
          <span className="block text-muted">
            {approximate ? (
              <>
                <strong className="font-medium text-ink">Approximate:</strong> somewhere around{' '}
                {fixed(lat, 2)}, {fixed(lng, 2)}. The map shows an area about a kilometre across, not a pin at
                the door.
              </>
            ) : (
              <>
                <strong className="font-medium text-ink">Pinned at</strong> {fixed(lat, 5)}, {fixed(lng, 5)}.
              </>
            )}
          </span>
        </figcaption>
      </figure>
      <p>
        <Link href={mapHref}>
          Open on the map<span className="sr-only">: {partner.name}</span>
        </Link>
      </p>
    </div>
  );
}
