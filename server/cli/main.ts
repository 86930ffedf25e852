#!/usr/bin/env node
/** The `changetalk` command: one sub-command per file in ./commands, parsed with commander. */
import { Command } from 'commander';
import { register as registerCases } from './commands/cases.js';
import { register as registerCode } from './commands/code.js';
import { register as registerEval } from './commands/eval.js';
import { register as registerPractice } from './commands/practice.js';
import { register as registerServe } from './commands/serve.js';
import { register as registerUsers } from './commands/users.js';

const program = new Command()
  .name('changetalk')
  .description('Motivational Interviewing practice: a simulated client, an MI coder and reports')
  .showHelpAfterError()
  .configureOutput({ outputError: (str, write) => write(`changetalk: ${str}`) })
  // commander exits 1 on usage errors by default; 2 is the Unix convention for bad usage.
  .exitOverride((err) => {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') process.exit(0);
    process.exit(err.exitCode === 0 ? 0 : 2);
  });

for (const register of [
  registerServe,
  registerPractice,
  registerCode,
  registerEval,
  registerCases,
  registerUsers,
]) {
  register(program);
}

await program.parseAsync(process.argv);
