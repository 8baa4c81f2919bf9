import { describe, expect, it } from 'vitest';
import {
  appendShading,
  describeShadedArea,
  parseShading,
  type ShadedArea,
  shadeStep,
  shadeValue,
} from './shading';

const id = '0b6f1c2e-5d0a-4c1e-9f3a-2b7c8d9e0f1a';

function area(values: Partial<ShadedArea>): ShadedArea {
  return {
    id,
    name: 'Casino Road',
    polygons: [],
    partners: 2,
    approximate: 0,
    hidden: 0,
    missingAges: ['teens', 'older_adults'],
    missingCategories: [],
    ...values,
  };
}

describe('the map’s shading in the address', () => {
  it('reads what it knows and drops the rest', () => {
    expect(parseShading(new URLSearchParams(`shade=coverage&areas=${id}`))).toEqual({
      mode: 'coverage',
      setId: id,
    });
    expect(parseShading({ shade: 'everything', areas: 'not-an-id' })).toEqual({ mode: 'off', setId: null });
  });

  it('writes nothing while off', () => {
    expect(appendShading(new URLSearchParams('q=x'), { mode: 'off', setId: id }).toString()).toBe('q=x');
    expect(appendShading(new URLSearchParams(), { mode: 'partners', setId: id }).toString()).toBe(
      `shade=partners&areas=${id}`,
    );
  });
});

describe('the scale and the words', () => {
  it('puts each count on its step and writes it on the area', () => {
    expect(shadeStep(0, 'partners').label).toBe('No partners');
    expect(shadeStep(2, 'partners').label).toBe('1 or 2 partners');
    expect(shadeStep(40, 'partners').label).toBe('10 or more partners');
    expect(shadeValue(area({}), 'coverage')).toEqual({ value: 10, text: '10/12' });
    expect(shadeStep(12, 'coverage').label).toBe('All 12');
  });

  it('says an area in one sentence', () => {
    expect(describeShadedArea(area({}), 'partners')).toBe(
      'Casino Road: 2 partners; no partners serving teens (12–18) or older adults',
    );
    expect(describeShadedArea(area({ missingCategories: ['individual', 'association'] }), 'coverage')).toBe(
      'Casino Road: 2 partners; no partners serving teens (12–18) or older adults; no individual or association partners',
    );
    expect(describeShadedArea(area({ partners: 0 }), 'coverage')).toBe('Casino Road: no partners');
  });
});
