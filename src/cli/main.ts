import { commands } from './commands'
import { CliError } from './command'

function help(): string {
  const lines = ['考评通 命令行', '', '用法：npm run cli -- <命令> [参数]', '']
  for (const c of commands) lines.push(`  ${c.usage.padEnd(44)} ${c.summary}`)
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
    console.error(`内部错误：${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
    return 70
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code))
