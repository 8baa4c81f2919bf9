import { describe, expect, it } from 'vitest';
import { emptyFilter, isFilterEmpty, parsePartnerFilter, partnerFilterToSearchParams } from './filters';

describe('partner filters in the address bar', () => {
  it('round-trips every field', () => {
    const params = new URLSearchParams(
      'q=youth&stage=connected&stage=collaborating&category=institution&sector=youth_serving&ages=teens&branch=none&owner=00000000-0000-4000-8000-000000000001&health=cold&health=none&archived=include',
    );
    const filter = parsePartnerFilter(params);
    expect(filter).toEqual({
      q: 'youth',
      stages: ['connected', 'collaborating'],
      categories: ['institution'],
      sectors: ['youth_serving'],
      ages: ['teens'],
      branches: ['none'],
      owners: ['00000000-0000-4000-8000-000000000001'],
      health: ['cold', 'none'],
      archived: 'include',
    });
    expect(parsePartnerFilter(partnerFilterToSearchParams(filter))).toEqual(filter);
  });

  it('drops values it does not know rather than failing', () => {
    const filter = parsePartnerFilter({ stage: ['connected', 'bogus'], branch: "1' or 1=1", archived: 'x' });
    expect(filter).toEqual({ ...emptyFilter, stages: ['connected'] });
  });

  it('writes nothing for the empty filter', () => {
    expect(isFilterEmpty(parsePartnerFilter({}))).toBe(true);
    expect(partnerFilterToSearchParams(emptyFilter).toString()).toBe('');
  });
});
