import type { Command } from 'commander';

/** Placeholder: replaced by the issue that builds `changetalk eval`. */
export function register(program: Command): void {
  program
    .command('eval')
    .description('(not built yet)')
    .action(() => {
      process.stderr.write('changetalk eval: not built yet\n');
      process.exitCode = 1;
    });
}
