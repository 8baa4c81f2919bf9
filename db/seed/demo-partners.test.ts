import { describe, expect, it } from 'vitest';
import {
  agesServed,
  assetCategories,
  formalities,
  foundVia,
  locationPrecisions,
  relationshipDepths,
  relationshipStages,
  sectors,
} from '../schema/vocabulary';
import { demoBranches } from './demo-data';
import { demoPartners } from './demo-partners';

// The demo's partners are data (demo-partners.json): what the compiler cannot check there, this does.
describe('the demo partners', () => {
  it('use only the vocabularies’ words, the demo’s branches and real points', () => {
    const branchKeys = demoBranches.map((branch) => branch.key as string);
    for (const partner of demoPartners) {
      const where = partner.name;
      expect(assetCategories, where).toContain(partner.category);
      for (const sector of partner.sectors) expect(sectors, where).toContain(sector);
      if (partner.ages !== 'all') for (const age of partner.ages) expect(agesServed, where).toContain(age);
      if (partner.precision) expect(locationPrecisions, where).toContain(partner.precision);
      expect(relationshipStages, where).toContain(partner.stage);
      if (partner.depth) expect(relationshipDepths, where).toContain(partner.depth);
      if (partner.formality) expect(formalities, where).toContain(partner.formality);
      if (partner.found) expect(foundVia, where).toContain(partner.found);
      if (partner.branch) expect(branchKeys, where).toContain(partner.branch);
      expect(Math.abs(partner.at[0] - 47.9)).toBeLessThan(1);
      expect(Math.abs(partner.at[1] + 122.1)).toBeLessThan(1);
      if (partner.category === 'individual') expect(partner.precision ?? 'exact', where).not.toBe('exact');
    }
    expect(new Set(demoPartners.map((p) => p.name)).size).toBe(demoPartners.length);
  });
});
