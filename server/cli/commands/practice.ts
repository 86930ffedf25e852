import type { Command } from 'commander';

/** Placeholder: replaced by the issue that builds `changetalk practice`. */
export function register(program: Command): void {
  program
    .command('practice')
    .description('(not built yet)')
    .action(() => {
      process.stderr.write('changetalk practice: not built yet\n');
      process.exitCode = 1;
    });
}
