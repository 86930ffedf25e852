/**
 * Interface language: i18next with the three catalogues bundled, the language as a signal (components that call
 * `t` re-render when it changes), chosen from localStorage, then the browser, then English.
 */
import { signal } from '@preact/signals';
import i18next, { type TOptions } from 'i18next';
import da from './da.json';
import en from './en.json';
import nb from './nb.json';

export const UI_LANGS = ['nb', 'da', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];
const STORAGE_KEY = 'changetalk.lang';

function isLang(x: unknown): x is UiLang {
  return typeof x === 'string' && (UI_LANGS as readonly string[]).includes(x);
}

/** nb/nn/no → nb, da → da, anything else → en. */
export function fromBrowser(languages: readonly string[]): UiLang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'nb' || base === 'nn' || base === 'no') return 'nb';
    if (base === 'da') return 'da';
    if (base === 'en') return 'en';
  }
  return 'en';
}

function initialLang(): UiLang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLang(saved)) return saved;
  } catch {
    // storage blocked: fall through to the browser
  }
  return fromBrowser(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

export const lang = signal<UiLang>(initialLang());

i18next.init({
  lng: lang.value,
  fallbackLng: 'en',
  resources: { nb: { translation: nb }, da: { translation: da }, en: { translation: en } },
  interpolation: { escapeValue: false }, // Preact renders text, never HTML
  initAsync: false,
});
document.documentElement.lang = lang.value;

export function setLang(next: UiLang): void {
  lang.value = next;
  void i18next.changeLanguage(next);
  document.documentElement.lang = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // not remembered; still switched
  }
}

/** Translate; reading `lang.value` subscribes the calling component to language changes. */
export function t(key: string, options?: TOptions): string {
  return i18next.t(key, { lng: lang.value, ...options }) as string;
}

/** `t` with a fallback when the key is missing (server-sent names the catalogue may not know yet). */
export function tOr(key: string, fallback: string): string {
  return i18next.exists(key, { lng: lang.value }) ? t(key) : fallback;
}

const locales: Record<UiLang, string> = { nb: 'nb-NO', da: 'da-DK', en: 'en-GB' };

export function formatNumber(n: number, digits = 0): string {
  return new Intl.NumberFormat(locales[lang.value], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n);
}

export function formatPercent(n: number): string {
  return new Intl.NumberFormat(locales[lang.value], { style: 'percent', maximumFractionDigits: 0 }).format(
    n / 100,
  );
}

export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[lang.value], { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
