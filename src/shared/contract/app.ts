import { z } from 'zod'

/** Something about this start the operator must be told (e.g. an unreadable settings file was set aside). */
export const StartupNoticeSchema = z.strictObject({
  code: z.enum(['settings_reset']),
  message: z.string().max(1000)
})
export type StartupNotice = z.infer<typeof StartupNoticeSchema>

/** What the shell tells the renderer about itself at start. */
export const AppInfoSchema = z.strictObject({
  version: z.string().max(50),
  shell: z.enum(['desktop', 'browser']),
  dataDir: z.string().max(4000),
  sandbox: z.strictObject({ running: z.boolean(), baseUrl: z.string().max(2000).nullable() }),
  notices: z.array(StartupNoticeSchema).max(10)
})
export type AppInfo = z.infer<typeof AppInfoSchema>

/** An operation that takes no input. */
export const EmptyInputSchema = z.strictObject({})

/** An operation that returns nothing of interest. */
export const DoneSchema = z.strictObject({ done: z.literal(true) })
