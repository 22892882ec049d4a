/** One command of `npm run cli -- <command> …`. Exit code 0 on success; messages in Chinese. */
export interface CliCommand {
  name: string
  /** e.g. `rank <package.json> [--json]` */
  usage: string
  summary: string
  run(args: string[]): Promise<number>
}

/** A failure the user caused (bad file, bad argument): printed as is, exit code 1, no stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
  }
}
