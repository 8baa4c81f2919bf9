'use client';

import { Button, type ButtonVariant } from '@/components/ui/button';

/** Opens the browser's print dialog; the page's print styles leave only what belongs on paper. */
export function PrintButton({
  label = 'Print',
  variant = 'secondary',
}: {
  label?: string;
  variant?: ButtonVariant;
}) {
  return (
    <Button variant={variant} onClick={() => window.print()} className="no-print">
      {label}
    </Button>
  );
}
