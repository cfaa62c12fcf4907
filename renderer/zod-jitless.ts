// Imported first by every entry (page and worker): zod must know it may not compile validators
// with `new Function` before the first object schema is built, or it probes once and the page's
// CSP (script-src 'self', no 'unsafe-eval') reports that probe as a violation.
import { z } from 'zod';

z.config({ jitless: true });
