import type { ActionResult } from '@/lib/auth/action';
import { Alert } from './alert';

/** The form-level outcome of an action: its refusal, or a confirmation when one is given. */
export function FormMessage({ state, success }: { state: ActionResult | null; success?: string }) {
  if (!state) return null;
  if (!state.ok) return <Alert tone="error">{state.message}</Alert>;
  const message = state.message ?? success;
  return message ? <Alert tone="success">{message}</Alert> : null;
}
