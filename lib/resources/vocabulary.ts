// The words of the resources: topics, kinds, and the moments a resource helps with. Plain data and
// pure functions, safe in the browser. The keys of topics and kinds are the catalogue's own
// (db/catalogue/resources.json); a test checks that every catalogue entry uses only these.

export const resourceTopics = [
  'asset-mapping',
  'relationship-building',
  'partnerships',
  'interviews',
  'community-engagement',
  'youth-and-teens',
  'equity',
  'evaluation',
  'administrator-support',
  'staff-wellbeing',
] as const;
export type ResourceTopic = (typeof resourceTopics)[number];

export const topicLabels: Record<ResourceTopic, string> = {
  'asset-mapping': 'Asset mapping',
  'relationship-building': 'Relationship building',
  partnerships: 'Partnerships',
  interviews: 'Interviews',
  'community-engagement': 'Community engagement',
  'youth-and-teens': 'Youth and teens',
  equity: 'Equity',
  evaluation: 'Evaluation',
  'administrator-support': 'Administrator support',
  'staff-wellbeing': 'Staff wellbeing',
};

export const resourceKinds = [
  'webinar',
  'webinar-attachment',
  'toolkit',
  'guide',
  'worksheet',
  'book',
  'article',
  'story',
  'topic-hub',
  'organization',
  // Not in the catalogue: for a library's own policies, plans and forms.
  'document',
] as const;
export type ResourceKind = (typeof resourceKinds)[number];

export const kindLabels: Record<ResourceKind, string> = {
  webinar: 'Webinar',
  'webinar-attachment': 'Webinar material',
  toolkit: 'Toolkit',
  guide: 'Guide',
  worksheet: 'Worksheet',
  book: 'Book',
  article: 'Article',
  story: 'News story',
  'topic-hub': 'Topic collection',
  organization: 'Organization',
  document: 'Our own document',
};

export function isTopic(value: string): value is ResourceTopic {
  return (resourceTopics as readonly string[]).includes(value);
}

export function isKind(value: string): value is ResourceKind {
  return (resourceKinds as readonly string[]).includes(value);
}

/** A kind's label; a kind this version does not know reads as itself rather than breaking the page. */
export function kindLabel(kind: string): string {
  return isKind(kind) ? kindLabels[kind] : kind;
}

export function topicLabel(topic: string): string {
  return isTopic(topic) ? topicLabels[topic] : topic;
}

export const topicOptions = resourceTopics.map((value) => ({ value, label: topicLabels[value] }));
export const kindOptions = resourceKinds.map((value) => ({ value, label: kindLabels[value] }));
