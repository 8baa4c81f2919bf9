import L from 'leaflet';
import { branchIcon } from './leaflet-icons';

/**
 * Branches go in a pane of their own under the partners' (Leaflet's marker pane is at z-index 600;
 * approximate areas are drawn at 400, the offline map's town names at 450, see
 * ./offline-base-layer.ts): a partner's pin or cluster is never
 * hidden by a branch's tile or the name written beside it. In the demo a new partner in Everett
 * sat 92% under the Everett branch when branches were drawn on top (issue 15, decision 0018).
 */
const paneName = 'pa-branches';

function branchPane(map: L.Map): string {
  if (!map.getPane(paneName)) map.createPane(paneName).style.zIndex = '480';
  return paneName;
}

/** The branches as markers that take no clicks or focus (they are named in the legend and list). */
export function addBranches(
  map: L.Map,
  branches: { name: string; lat: number; lng: number }[],
): L.LayerGroup {
  const pane = branchPane(map);
  return L.layerGroup(
    branches.map((b) =>
      L.marker([b.lat, b.lng], { icon: branchIcon(b.name), interactive: false, keyboard: false, pane }),
    ),
  ).addTo(map);
}
