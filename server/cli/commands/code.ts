import type { Command } from 'commander';

/** Placeholder: replaced by the issue that builds `changetalk code`. */
export function register(program: Command): void {
  program
    .command('code')
    .description('(not built yet)')
    .action(() => {
      process.stderr.write('changetalk code: not built yet\n');
      process.exitCode = 1;
    });
}
