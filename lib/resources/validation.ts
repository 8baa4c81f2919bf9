import { z } from 'zod';
import { versionSchema } from '@/lib/branches/validation';
import { isMomentKey, type MomentKey, momentKeys } from './moments';
import { isPanelKey, learnMorePanelKeys } from './panels';
import {
  isKind,
  isTopic,
  type ResourceKind,
  type ResourceTopic,
  resourceKinds,
  resourceTopics,
} from './vocabulary';

// The resource forms, the Resources page's filter and the Learn more panels' actions, shared by the
// forms, the server actions and the tests.

export const resourceLimits = { title: 200, creator: 200, summary: 1000, url: 2000, query: 200 } as const;

function text(max: number) {
  return z
    .string()
    .optional()
    .transform((value) => (value ?? '').trim().replace(/\r\n/g, '\n'))
    .pipe(z.string().max(max, `Use at most ${max} characters.`));
}

/**
 * A web address, http or https only (never javascript: or a file), or '' for none. "example.org/x"
 * gets https:// in front, as people often type it that way.
 */
export function normaliseResourceUrl(raw: string): string | null {
  const value = raw.trim();
  if (!value) return '';
  if (/\s/.test(value)) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[^/:]+\.[^/:]+:\d/.test(value);
  const withScheme = hasScheme ? value : `https://${value.replace(/^\/+/, '')}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname || (!hasScheme && !url.hostname.includes('.'))) return null;
    return url.toString();
  } catch {
    return null;
  }
}

const urlSchema = text(resourceLimits.url).transform((value, ctx) => {
  const url = normaliseResourceUrl(value);
  if (url === null) {
    ctx.addIssue({
      code: 'custom',
      message: 'Enter a web address starting with https:// or http://, like https://example.org/policy.',
    });
    return z.NEVER;
  }
  return url;
});

const thisYear = () => new Date().getFullYear();

const yearSchema = text(6).transform((value, ctx) => {
  if (!value) return null;
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 1800 || year > thisYear() + 1) {
    ctx.addIssue({ code: 'custom', message: `Enter a year like ${thisYear()}, or leave it empty.` });
    return z.NEVER;
  }
  return year;
});

function asList(raw: unknown): unknown[] {
  if (raw === undefined || raw === null || raw === '') return [];
  return Array.isArray(raw) ? raw : [raw];
}

const topicsSchema = z.preprocess(
  asList,
  z
    .array(z.enum(resourceTopics, { error: 'Choose topics from the list.' }))
    .transform((values) => [...new Set(values)]),
);

const resourceFields = {
  title: text(resourceLimits.title).pipe(z.string().min(1, 'Enter the resource’s title.')),
  url: urlSchema,
  creator: text(resourceLimits.creator),
  year: yearSchema,
  kind: z.enum(resourceKinds, { error: 'Choose what kind of resource it is.' }),
  summary: text(resourceLimits.summary),
  topics: topicsSchema,
  moment: z.preprocess(
    (raw) => (raw === '' || raw === undefined ? null : raw),
    z.enum(momentKeys, { error: 'Choose one of the moments, or let its topics decide.' }).nullable(),
  ),
};

export const createResourceSchema = z.object(resourceFields);

const resourceRef = {
  id: z.string().min(1, 'That resource was not found.'),
  version: versionSchema,
};

export const updateResourceSchema = z.object({ ...resourceFields, ...resourceRef });
export const removeResourceSchema = z.object(resourceRef);
export const hideResourceSchema = z.object({ id: z.string().min(1, 'That resource was not found.') });
export const learnMorePanelSchema = z.object({
  panel: z.enum(learnMorePanelKeys, { error: 'That panel is not known.' }),
});

export type ResourceInput = z.output<typeof createResourceSchema>;

/** The Resources page's filter, as the address bar holds it. */
export type ResourceFilter = { q: string; topic: ResourceTopic | null; kind: ResourceKind | null };

export const emptyResourceFilter: ResourceFilter = { q: '', topic: null, kind: null };

function first(raw: string | string[] | undefined): string {
  return (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
}

/** Reads the filter from search params; anything unknown is ignored rather than refused. */
export function parseResourceFilter(params: Record<string, string | string[] | undefined>): ResourceFilter {
  const q = first(params.q).replace(/\s+/g, ' ').slice(0, resourceLimits.query);
  const topic = first(params.topic);
  const kind = first(params.kind);
  return { q, topic: isTopic(topic) ? topic : null, kind: isKind(kind) ? kind : null };
}

export function resourceFilterToSearchParams(filter: ResourceFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  if (filter.topic) params.set('topic', filter.topic);
  if (filter.kind) params.set('kind', filter.kind);
  return params;
}

export function isResourceFilterEmpty(filter: ResourceFilter): boolean {
  return !filter.q && !filter.topic && !filter.kind;
}

/** The moment an organization's resource was filed under, or null when its topics decide. */
export function storedMoment(useWhen: string): MomentKey | null {
  return isMomentKey(useWhen) ? useWhen : null;
}

export { isPanelKey };
