import type { Command } from 'commander';
import { defaultPersonasDir, loadCasesDir } from '../../cases/load-cases.js';

export function register(program: Command): void {
  const cases = program.command('cases').description('list and check case files');
  cases
    .command('check')
    .description('validate every case file in a folder (default: personas/)')
    .argument('[dir]', 'folder with case files')
    .action(async (dir?: string) => {
      const folder = dir ?? defaultPersonasDir();
      const { cases: ok, errors } = await loadCasesDir(folder);
      for (const c of ok) process.stdout.write(`ok  ${c.id}\n`);
      for (const e of errors) process.stderr.write(`error  ${e}\n`);
      if (ok.length === 0 && errors.length === 0) process.stderr.write(`error  ${folder}: no case files\n`);
      process.exitCode = errors.length > 0 || ok.length === 0 ? 1 : 0;
    });
  cases
    .command('list')
    .description('list the cases with their titles')
    .option('--lang <lang>', 'nb, da or en', 'en')
    .action(async (opts: { lang: 'nb' | 'da' | 'en' }) => {
      const { cases: ok, errors } = await loadCasesDir(defaultPersonasDir());
      for (const c of ok) process.stdout.write(`${c.id}\t${c.title[opts.lang] ?? c.title.en}\n`);
      for (const e of errors) process.stderr.write(`error  ${e}\n`);
      process.exitCode = errors.length > 0 ? 1 : 0;
    });
}
