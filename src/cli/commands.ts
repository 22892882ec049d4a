import type { CliCommand } from './command'
import { sampleCommand } from './commands/sample'
import { validateCommand } from './commands/validate'
import { rankCommand } from './commands/rank'

/**
 * Every command of the command line, in the order `help` lists them. Each lives in its own
 * file under ./commands/ and uses the same domain, Excel and PDF modules as the app.
 */
export const commands: CliCommand[] = [sampleCommand, validateCommand, rankCommand]
