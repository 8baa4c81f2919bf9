import { NotFoundMessage } from '@/components/ui/not-found-message';

/** For addresses that match no page at all (outside the signed-in layout). */
export default function NotFound() {
  return (
    <main id="main" className="grid min-h-dvh place-items-center bg-paper px-4">
      <NotFoundMessage />
    </main>
  );
}
