import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth';
import { noteSsoFailure } from '@/lib/auth/sso/failures';

// Auth.js's own routes; a failed single sign-on is written to the organization's log on the way out.
export async function GET(request: NextRequest) {
  return noteSsoFailure(request, await handlers.GET(request));
}
export async function POST(request: NextRequest) {
  return noteSsoFailure(request, await handlers.POST(request));
}
