import { z } from 'zod/mini';
import nl from 'zod/v4/locales/nl.js';

// Imported first in main.tsx, before any schema parses:
// jitless, because zod would otherwise probe `new Function`, which our CSP (no 'unsafe-eval') reports;
// nl, so messages without a field-specific text are still Dutch.
z.config({ jitless: true });
z.config(nl());
