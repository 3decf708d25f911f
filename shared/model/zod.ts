import { z } from 'zod';

// zod 4 probes `new Function("")` to pick a fast path; under the app's strict CSP that probe fires a
// securitypolicyviolation. Jitless mode must be set before any schema is defined, so every schema module
// imports `z` from here rather than from 'zod'.
z.config({ jitless: true });

export { z };
