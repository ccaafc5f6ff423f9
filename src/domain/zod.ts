// zod for the whole app, set up once: without `jitless` zod probes `new Function` to speed up
// parsing, which the Content-Security-Policy (no 'unsafe-eval') refuses and reports.
import { z as zod } from 'zod';

/** Turns zod's run-time code generation off; a call the build keeps (package.json sideEffects). */
function withoutEval(library: typeof zod): typeof zod {
  library.config({ jitless: true });
  return library;
}

/** zod, never compiling code at run time. Import it from here, not from 'zod'. */
export const z = withoutEval(zod);
