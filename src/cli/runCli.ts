/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function runCli(args: readonly string[]): Promise<number> {
  process.stdout.write(`community-kit ${args.join(' ')}\n`);
  return 0;
}
