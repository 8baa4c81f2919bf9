import { describe, expect, it } from 'vitest';
import { catalogueEntries } from '@/db/catalogue/load';
import { panelSelection } from './learn-more';
import { groupByMoment, momentOf, resourceMoments } from './moments';
import { type LearnMorePanelKey, learnMorePanels, type PanelCandidate, selectPanelResources } from './panels';
import { parseResourceFilter } from './validation';

// The panels' choice and the moments, on the real catalogue: what a person would see beside each page.

const catalogue: (PanelCandidate & { useWhen: string })[] = catalogueEntries().map((entry) => ({
  builtinKey: entry.id,
  orgId: null,
  title: entry.title,
  year: entry.year,
  topics: entry.topics,
  useWhen: entry.use_when,
}));

function shown(panel: LearnMorePanelKey, options: { empty?: boolean } = {}, extra: typeof catalogue = []) {
  return selectPanelResources([...catalogue, ...extra], panelSelection(panel, options));
}

describe('Learn more panels', () => {
  it('beside an interview, the interview guide comes first, then relationship material', () => {
    const items = shown('interview');
    expect(items[0]?.builtinKey).toBe('community-leader-interview-guide');
    expect(items).toHaveLength(3);
    for (const item of items.slice(1)) expect(item.topics).toContain('relationship-building');
  });

  it('on the dashboard, the webinar leads and everything is about backing from leadership or evaluation', () => {
    const items = shown('dashboard');
    expect(items[0]?.builtinKey).toBe('building-community-relationships-webinar');
    for (const item of items) {
      expect(item.topics.some((topic) => topic === 'administrator-support' || topic === 'evaluation')).toBe(
        true,
      );
    }
    // What speaks to both comes before what speaks to one.
    expect(items.map((item) => item.builtinKey)).toContain('ask-listen-empower');
  });

  it('on an empty map, the asset-mapping worksheet and the ConnectedLib module are offered first', () => {
    const items = shown('map', { empty: true });
    expect(items.slice(0, 2).map((item) => item.builtinKey)).toEqual([
      'brainstorm-community-partners-asset-mapping',
      'connectedlib-community-centered-services',
    ]);
  });

  it('on a map with partners, asset mapping still leads, then relationship building', () => {
    const items = shown('map');
    expect(items.map((item) => item.topics.includes('asset-mapping'))).toEqual([true, true, false]);
    expect(items[2]?.topics).toContain('relationship-building');
  });

  it('on a partner page, only partnership material, the organization’s own before the catalogue', () => {
    const own = {
      builtinKey: null,
      orgId: 'org-1',
      title: 'Our partnership policy',
      year: 2024,
      topics: ['partnerships'],
      useWhen: '',
    };
    const items = shown('partner', {}, [own]);
    expect(items[0]?.builtinKey).toBe('cultivating-the-relationship-driven-library');
    expect(items[1]?.title).toBe('Our partnership policy');
    for (const item of items) expect(item.topics).toContain('partnerships');
  });

  it('never offers what is not given to it (a hidden resource stays hidden)', () => {
    const withoutGuide = catalogue.filter((item) => item.builtinKey !== 'community-leader-interview-guide');
    const items = selectPanelResources(withoutGuide, panelSelection('interview'));
    expect(items.map((item) => item.builtinKey)).not.toContain('community-leader-interview-guide');
    expect(items.length).toBeGreaterThan(0);
  });

  it('has a preset for every panel key', () => {
    for (const panel of Object.keys(learnMorePanels) as LearnMorePanelKey[]) {
      expect(shown(panel).length, panel).toBeGreaterThan(0);
    }
  });
});

describe('moments', () => {
  it('puts every catalogue entry in a moment, and every moment has something', () => {
    const groups = groupByMoment(catalogue);
    expect(groups.map((group) => group.key)).toEqual(resourceMoments.map((moment) => moment.key));
    expect(groups.reduce((sum, group) => sum + group.items.length, 0)).toBe(catalogue.length);
  });

  it('files the webinar under getting started, the worksheet under finding partners, the guide before an interview', () => {
    const momentOfKey = (key: string) => momentOf(catalogue.find((item) => item.builtinKey === key)!);
    expect(momentOfKey('building-community-relationships-webinar')).toBe('getting-started');
    expect(momentOfKey('brainstorm-community-partners-asset-mapping')).toBe('finding-partners');
    expect(momentOfKey('community-leader-interview-guide')).toBe('reaching-out');
  });

  it('files an organization’s own by the moment chosen, else by its topics', () => {
    expect(momentOf({ useWhen: 'making-the-case', topics: ['asset-mapping'] })).toBe('making-the-case');
    expect(momentOf({ useWhen: '', topics: ['interviews'] })).toBe('reaching-out');
    expect(momentOf({ useWhen: '', topics: [] })).toBe('getting-started');
  });
});

describe('the Resources page filter', () => {
  it('reads search, topic and kind from the address, ignoring what it does not know', () => {
    expect(parseResourceFilter({ q: '  teen   services ', topic: 'asset-mapping', kind: 'toolkit' })).toEqual(
      {
        q: 'teen services',
        topic: 'asset-mapping',
        kind: 'toolkit',
      },
    );
    expect(parseResourceFilter({ topic: 'astrology', kind: ['book', 'toolkit'] })).toEqual({
      q: '',
      topic: null,
      kind: 'book',
    });
  });
});
