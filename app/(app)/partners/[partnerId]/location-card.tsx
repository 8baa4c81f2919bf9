import { PartnerLocation } from '@/components/partners/partner-location';
import { Card, CardTitle } from '@/components/ui/card';
import type { MiniMapData } from '@/lib/map/mini-map';
import type { PartnerDetail } from '@/lib/partners/queries';

type Props = { partner: PartnerDetail; map: MiniMapData; canEdit: boolean };

/** The partner's location in words and on a small map, with the organization's base map and branches. */
export function LocationCard({ partner, map, canEdit }: Props) {
  return (
    <Card aria-labelledby="location-heading">
      <CardTitle id="location-heading">Location</CardTitle>
      <div className="mt-3">
        <PartnerLocation
          partner={{
            id: partner.id,
            name: partner.name,
            stage: partner.stage,
            category: partner.category,
            address: partner.address,
            latitude: partner.latitude,
            longitude: partner.longitude,
            locationPrecision: partner.locationPrecision,
            archived: partner.archivedAt !== null,
            addressView: partner.addressView,
          }}
          tiles={map.tiles}
          branches={map.branches}
          canEdit={canEdit}
        />
      </div>
    </Card>
  );
}
