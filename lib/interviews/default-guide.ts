export {
  defaultGuideDescription,
  defaultGuideKey,
  defaultGuideName,
  defaultGuideSections,
} from '@/db/catalogue/interview-guide';
