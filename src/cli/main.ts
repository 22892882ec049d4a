import { commands } from './commands'
import { CliError } from './command'
import { WriteFailedError } from '../node/write-atomic'

/** Terminal columns of a string: CJK characters take two. */
const columns = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0)

function help(): string {
  const lines = ['考评通 命令行', '', '用法：npm run cli -- <命令> [参数]', '']
  const width = 44
  for (const c of commands) {
    const gap = width - columns(c.usage)
    lines.push(
      gap > 0
        ? `  ${c.usage}${' '.repeat(gap)}${c.summary}`
        : `  ${c.usage}\n  ${' '.repeat(width)}${c.summary}`,
    )
  }
  return lines.join('\n')
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(help())
    return name ? 0 : 1
  }
  const command = commands.find((c) => c.name === name)
  if (!command) {
    console.error(`未知命令：${name}\n\n${help()}`)
    return 2
  }
  try {
    return await command.run(args)
  } catch (err) {
    if (err instanceof CliError) {
      console.error(err.message)
      return err.exitCode
    }
    // A file that could not be written (full disk, no permission): the user's to fix, no stack.
    if (err instanceof WriteFailedError) {
      console.error(err.message)
      return 1
    }
    console.error(`内部错误：${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
    return 70
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code))
