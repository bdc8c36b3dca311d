import { z } from 'zod'

// The renderer's CSP has no 'unsafe-eval': tell zod not to probe `new Function` (the caught probe
// still shows up as a CSP violation) and to validate push events with its plain interpreter.
z.config({ jitless: true })
