// Runs in the browser before the app's own code (Next's instrumentation-client convention).
// zod 4 probes `new Function("")` to decide whether to compile its object parsers; under our
// Content-Security-Policy (no 'unsafe-eval') the probe is refused and reported as a violation,
// although zod catches it. jitless skips the probe (zod's own advice for strict CSPs).
import { config } from "zod";

config({ jitless: true });
