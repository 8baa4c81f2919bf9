'use server';

import type { ActionResult } from '@/lib/auth/action';
import { setUpFromForm } from '@/lib/setup/run';

/** Public by design, but only while no one has set the app up; `completeFirstRun` enforces that. */
export async function setupAction(_previous: unknown, formData: FormData): Promise<ActionResult<null>> {
  return setUpFromForm(formData);
}
