'use client';

import { Button } from '@/components/ui/button';

/** Opens the browser's print dialog; the page's print styles leave only the guide on paper. */
export function GuidePrintButton() {
  return <Button onClick={() => window.print()}>Print</Button>;
}
