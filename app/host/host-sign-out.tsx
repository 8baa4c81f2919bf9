'use client';

import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/auth/action';

export function HostSignOut({ signOut }: { signOut: FormAction<null> }) {
  const { pending, formProps } = useActionForm(signOut);
  return (
    <form {...formProps}>
      <Button
        type="submit"
        variant="ghost"
        size="sm"
        pending={pending}
        className="text-white hover:bg-white/10 hover:text-white"
      >
        Sign out
      </Button>
    </form>
  );
}
