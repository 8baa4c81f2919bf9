// The built-in guide lives beside the schema (the demo seed uses it too); the domain reads it here.
export {
  defaultGuideDescription,
  defaultGuideKey,
  defaultGuideName,
  defaultGuideSections,
  ensureDefaultGuide,
} from '@/db/catalogue/interview-guide';
