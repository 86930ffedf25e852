/**
 * One word for change talk in Danish: "forandringsudsagn" (and "fastholdelsesudsagn"), as the labels say; the tips
 * and score texts had "forandringssnak" beside it (found by a trainer playing the app).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../server/paths.js';

const root = projectRoot();
const danishTexts = [
  'client/src/i18n/da.json',
  ...readdirSync(join(root, 'server/domain'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /(?:^|\/)(?:da|texts)\.ts$|-da\.ts$/.test(f))
    .map((f) => join('server/domain', f)),
];

describe('the Danish glossary', () => {
  it.each(danishTexts)('%s says forandringsudsagn, never forandringssnak', (file) => {
    expect(readFileSync(join(root, file), 'utf8')).not.toMatch(/forandringssnak|fastholdelsessnak/i);
  });
});
