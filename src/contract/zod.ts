// zod as every side of the contract uses it. Its compiled fast path needs `new Function`, which the
// renderer's CSP (script-src 'self') forbids, so it runs without it everywhere.
import { z } from 'zod'

z.config({ jitless: true })

export { z }
