import { describe, expect, it } from 'vitest';
import { filterInWords } from './filter-words';
import { emptyFilter } from './filters';

const names = {
  branches: [{ value: '11111111-1111-4111-8111-111111111111', label: 'Everett Main' }],
  owners: [{ value: '22222222-2222-4222-8222-222222222222', label: 'Dana Liaison' }],
};

describe('a filter in words', () => {
  it('says so when nothing is filtered', () => {
    expect(filterInWords(emptyFilter, names)).toEqual(['All partners, archived ones left out.']);
  });

  it('names every chosen value, branches and liaisons by name, "or" between them', () => {
    const words = filterInWords(
      {
        ...emptyFilter,
        q: 'food',
        stages: ['connected', 'collaborating', 'sustained'],
        ages: ['teens'],
        branches: ['11111111-1111-4111-8111-111111111111', 'none'],
        owners: ['22222222-2222-4222-8222-222222222222'],
        health: ['cold'],
        archived: 'include',
      },
      names,
    );
    expect(words).toEqual([
      'Search: “food”.',
      'Stage: Connected, Collaborating or Sustained.',
      'Ages served: Teens (12–18).',
      'Branch: Everett Main or no branch.',
      'Staff liaison: Dana Liaison.',
      'Relationship health: Cold.',
      'Archived partners included.',
    ]);
  });
});
