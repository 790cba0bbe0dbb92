// Runs in the browser before the app's own code (Next's instrumentation-client convention).
// zod 4 probes `new Function("")` to decide whether to compile its object parsers; under our
// Content-Security-Policy (no 'unsafe-eval') the probe is refused and reported as a violation,
// although zod catches it. `jitless` skips the probe (zod's advice for strict CSPs). zod keeps its
// configuration on globalThis.__zod_globalConfig (zod/v4/core/core.js), shared by every copy; set
// there, pages without a form do not download zod for it. tests/e2e/content-security-policy.spec.ts
// fails on the form page if this stops working.
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = Object.assign(holder.__zod_globalConfig ?? {}, { jitless: true });
