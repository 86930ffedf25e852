import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig } from '../../server/config.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('loadConfig', () => {
  it('starts from defaults with no configuration at all', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, HOST: '0.0.0.0', DATA_DIR: './data', LOG_LEVEL: 'info' });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.OPENAI_API_KEY).toBeUndefined();
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '3.5'],
    ['LOG_LEVEL', 'loud'],
    ['DATABASE_URL', 'mysql://x/y'],
    ['REDIS_URL', 'not a url'],
    ['OPENAI_BASE_URL', 'ftp://x'],
    ['DATA_RETENTION_DAYS', '0'],
  ])('rejects %s=%s naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrowError(ConfigError);
    try {
      loadConfig({ [name]: value });
    } catch (err) {
      expect((err as ConfigError).variable).toBe(name);
      expect((err as Error).message).toMatch(new RegExp(`^invalid configuration: ${name} `));
    }
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ' }).PORT).toBe(3000);
  });

  it('never echoes a password or key in its error', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://user:s3cret@h/db' })).toThrowError(/\*\*\*@/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://user:s3cret@h/db' })).not.toThrowError(/s3cret/);
  });

  it('reads .env, with the environment winning', () => {
    const dir = tempDir();
    const file = join(dir.path, '.env');
    writeFileSync(file, 'PORT=4100\nLOG_LEVEL=debug\n');
    const c = loadConfig({ LOG_LEVEL: 'warn' }, { dotenv: true, dotenvPath: file });
    expect(c.PORT).toBe(4100);
    expect(c.LOG_LEVEL).toBe('warn');
    dir.remove();
  });

  it('describes itself without credentials', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u:pw@h/db', OPENAI_API_KEY: 'sk-secret' });
    const text = JSON.stringify(describeConfig(c));
    expect(text).not.toContain('pw@');
    expect(text).not.toContain('sk-secret');
  });
});
