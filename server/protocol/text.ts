/**
 * Text no store may be handed: PostgreSQL refuses NUL in text and JSONB and lone UTF-16 surrogates (they are
 * not Unicode, so not UTF-8), and SQLite would keep them only to hand them back broken. Both transports refuse
 * such input at their edge with this one check.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is the very character this looks for
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when `value` is, or holds at any depth (arrays, plain objects, keys too), a string with unstorable text. */
export function hasUnstorableText(value: unknown): boolean {
  if (typeof value === 'string') return UNSTORABLE.test(value);
  if (Array.isArray(value)) return value.some(hasUnstorableText);
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value))
    return Object.entries(value).some(([k, v]) => UNSTORABLE.test(k) || hasUnstorableText(v));
  return false;
}
