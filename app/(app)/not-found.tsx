import { NotFoundMessage } from '@/components/ui/not-found-message';

/** For records that are not there, or not the caller's: shown inside the app's own layout and main. */
export default function NotFound() {
  return <NotFoundMessage />;
}
