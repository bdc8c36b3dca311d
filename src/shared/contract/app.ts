import { z } from 'zod'

/** What the shell tells the renderer about itself at start. */
export const AppInfoSchema = z.strictObject({
  version: z.string().max(50),
  shell: z.enum(['desktop', 'browser']),
  dataDir: z.string().max(4000),
  sandbox: z.strictObject({ running: z.boolean(), baseUrl: z.string().max(2000).nullable() })
})
export type AppInfo = z.infer<typeof AppInfoSchema>

/** An operation that takes no input. */
export const EmptyInputSchema = z.strictObject({})

/** An operation that returns nothing of interest. */
export const DoneSchema = z.strictObject({ done: z.literal(true) })
