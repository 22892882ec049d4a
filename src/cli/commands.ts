import type { CliCommand } from './command'
import { sampleCommand } from './commands/sample'
import { validateCommand } from './commands/validate'
import { rankCommand } from './commands/rank'
import { templatesCommand } from './commands/templates'
import { importCommand } from './commands/import'
import { exportResultsCommand } from './commands/export-results'
import { documentsCommand } from './commands/documents'
import { guidesCommand } from './commands/guides'

/**
 * Every command of the command line, in the order `help` lists them. Each lives in its own
 * file under ./commands/ and uses the same domain, Excel and PDF modules as the app.
 */
export const commands: CliCommand[] = [
  sampleCommand,
  validateCommand,
  rankCommand,
  templatesCommand,
  importCommand,
  exportResultsCommand,
  documentsCommand,
  guidesCommand,
]
