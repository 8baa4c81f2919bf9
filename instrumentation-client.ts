import { config } from 'zod/v4/core';

// Runs in the browser before any of the app's code (Next.js's instrumentation-client convention).
// The pages' Content-Security-Policy allows no eval (decision 0016). Zod compiles faster object
// parsers with `new Function` where it may, and its probe for that is reported as a policy
// violation even though Zod catches the refusal: tell it before any schema is made not to try.
config({ jitless: true });
