import { healthLabels } from '@/lib/relationships/health-levels';
import type { PartnerFilter } from './filters';
import { ageLabels, categoryLabels, sectorLabels, stageLabels } from './vocabulary';

type Option = { value: string; label: string };

/** "Everett Main, or no branch": the values of one filter field, named, joined with "or". */
function named(values: string[], name: (value: string) => string): string {
  const names = values.map(name);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

function fromOptions(options: Option[], none: string) {
  const labels = new Map(options.map((o) => [o.value, o.label]));
  return (value: string) =>
    value === 'none' ? none : (labels.get(value) ?? 'a branch or person no longer listed');
}

/**
 * A filter in words, one sentence per field, for a printed map or anything else read away from the
 * screen: "Stage: Engaged or Partner. Branch: Everett Main." Pure: the branches and liaisons are
 * named from the options the page already has.
 */
export function filterInWords(
  filter: PartnerFilter,
  names: { branches: Option[]; owners: Option[] },
): string[] {
  const lines: string[] = [];
  const add = (label: string, values: string[], name: (value: string) => string) => {
    if (values.length) lines.push(`${label}: ${named(values, name)}.`);
  };
  if (filter.q) lines.push(`Search: “${filter.q}”.`);
  add('Stage', filter.stages, (v) => stageLabels[v as keyof typeof stageLabels]);
  add('Category', filter.categories, (v) => categoryLabels[v as keyof typeof categoryLabels]);
  add('Sector', filter.sectors, (v) => sectorLabels[v as keyof typeof sectorLabels]);
  add('Ages served', filter.ages, (v) => ageLabels[v as keyof typeof ageLabels]);
  add('Branch', filter.branches, fromOptions(names.branches, 'no branch'));
  add('Staff liaison', filter.owners, fromOptions(names.owners, 'no liaison'));
  add('Relationship health', filter.health, (v) => healthLabels[v as keyof typeof healthLabels]);
  if (filter.archived === 'include') lines.push('Archived partners included.');
  if (filter.archived === 'only') lines.push('Archived partners only.');
  return lines.length ? lines : ['All partners, archived ones left out.'];
}
