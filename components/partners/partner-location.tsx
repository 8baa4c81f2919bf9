import type { LocationPrecision } from '@/db/schema/vocabulary';

type Props = {
  partner: {
    address: string;
    latitude: number | null;
    longitude: number | null;
    locationPrecision: LocationPrecision;
    detailsWithheld?: boolean;
  };
};

function fixed(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/**
 * Where a partner is, in words: the address and point as the reader may see them, and how
 * precisely the map shows it. (A small map may join this later.)
 */
export function PartnerLocation({ partner }: Props) {
  const { address, latitude, longitude, locationPrecision } = partner;
  const hasPoint = latitude !== null && longitude !== null;
  let point: React.ReactNode;
  if (locationPrecision === 'hidden') {
    point = (
      <>
        <strong className="font-medium">Location hidden.</strong> This partner is never drawn on the map, and
        exports leave out its point and address.
      </>
    );
  } else if (!hasPoint) {
    point = <>Not on the map yet: no point has been recorded.</>;
  } else if (locationPrecision === 'approximate') {
    point = (
      <>
        <strong className="font-medium">Approximate:</strong> around {fixed(latitude, 2)},{' '}
        {fixed(longitude, 2)}. The map shows an area about a kilometre across, not a pin.
      </>
    );
  } else {
    point = (
      <>
        <strong className="font-medium">Pinned at</strong> {fixed(latitude, 5)}, {fixed(longitude, 5)}.
      </>
    );
  }
  return (
    <div className="space-y-2 text-sm">
      <p>
        {address ? (
          address
        ) : partner.detailsWithheld ? (
          <span className="text-muted">Address withheld: only staff see where a person lives.</span>
        ) : (
          <span className="text-muted">No address recorded.</span>
        )}
      </p>
      <p className="text-muted">{point}</p>
    </div>
  );
}
