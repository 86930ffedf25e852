#!/usr/bin/env node
/**
 * Run after `npm install` changes package-lock.json: `npm run lock:complete`.
 *
 * Why: the registry this project installs from does not serve every platform build of packages such as
 * rollup and biome (their win32/darwin/android binaries). npm install then leaves those optional packages
 * out of the lock, and `npm ci` refuses the lock as "Missing: … from lock file". This adds an entry for each
 * optional platform package a locked package names, with its os/cpu/libc, so `npm ci` validates the lock and
 * skips them on this platform as it would anyway. No dependencies, so it runs before anything is installed.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = 'package-lock.json';
const OSES = [
  'android',
  'darwin',
  'freebsd',
  'linux',
  'win32',
  'openbsd',
  'netbsd',
  'sunos',
  'aix',
  'openharmony',
];
const CPUS = ['arm64', 'x64', 'ia32', 'arm', 'riscv64', 'ppc64', 's390x', 'loong64', 'mips64el'];

const lock = JSON.parse(readFileSync(FILE, 'utf8'));
const packages = lock.packages;
const present = new Set(Object.keys(packages).map((k) => k.split('node_modules/').pop()));
let added = 0;
for (const meta of Object.values(packages)) {
  for (const [name, range] of Object.entries(meta.optionalDependencies ?? {})) {
    if (present.has(name)) continue;
    const base = name.split('/').pop();
    const os = OSES.find((o) => base.includes(o));
    const cpu = CPUS.find((c) => new RegExp(`(^|-)${c}($|-)`).test(base));
    if (!os && !cpu) continue; // not a platform build: leave it to npm
    const entry = {
      version: range.replace(/^[\^~=]/, ''),
      ...(meta.dev ? { dev: true } : {}),
      optional: true,
    };
    if (os) entry.os = [os];
    if (cpu) entry.cpu = [cpu];
    if (base.includes('musl')) entry.libc = ['musl'];
    packages[`node_modules/${name}`] = entry;
    present.add(name);
    added += 1;
  }
}
writeFileSync(FILE, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} optional platform entries`);
