/** The shell: header with navigation and language switch, then the page for the current path. */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { lang, setLang, t, UI_LANGS, type UiLang } from './i18n';
import { StartPage } from './pages/start-page';
import { Link, match, path } from './router';

/** Loads a page's chunk on first use, so the start page stays light. */
function lazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let Loaded: ComponentType<P> | null = null;
  return (props: P) => {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (!Loaded)
        void load().then((c) => {
          Loaded = c;
          setReady(true);
        });
    }, []);
    return Loaded ? <Loaded {...props} /> : <p aria-busy="true">{t('common.loading')}</p>;
  };
}

const PracticePage = lazy(() => import('./pages/practice-page').then((m) => m.PracticePage));
const ReportPage = lazy(() => import('./pages/report-page').then((m) => m.ReportPage));
const AnalysePage = lazy(() => import('./pages/analyse-page').then((m) => m.AnalysePage));

function Page({ at }: { at: string }) {
  if (at === '/' || at === '') return <StartPage />;
  if (at === '/analyse') return <AnalysePage />;
  const practice = match('/practice/:id', at);
  if (practice?.id) return <PracticePage key={practice.id} id={practice.id} />;
  const report = match('/sessions/:id', at);
  if (report?.id) return <ReportPage key={report.id} id={report.id} />;
  return (
    <>
      <h1 tabIndex={-1} class="page-title">
        {t('notFound.title')}
      </h1>
      <p>
        <Link href="/">{t('notFound.back')}</Link>
      </p>
    </>
  );
}

export function App() {
  const at = path.value;
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    document.title = `changetalk – ${t('app.tagline')}`;
  }, [lang.value]);
  useEffect(() => {
    // After client-side navigation, move focus to the new page's heading for keyboard and screen-reader users.
    if (first.current) {
      first.current = false;
      return;
    }
    const focus = () => main.current?.querySelector<HTMLElement>('.page-title')?.focus();
    requestAnimationFrame(focus);
    setTimeout(focus, 150);
  }, [at]);
  return (
    <>
      <a class="skip" href="#main">
        {t('app.skip')}
      </a>
      <header class="top no-print">
        <Link href="/" class="brand">
          changetalk
        </Link>
        <nav aria-label={t('app.nav')}>
          <Link href="/" aria-current={at === '/' ? 'page' : undefined}>
            {t('app.practise')}
          </Link>
          <Link href="/analyse" aria-current={at === '/analyse' ? 'page' : undefined}>
            {t('app.analyse')}
          </Link>
        </nav>
        <label class="lang-switch">
          <span class="lang-label">{t('app.languageShort')}</span>
          <select
            value={lang.value}
            onChange={(e) => setLang(e.currentTarget.value as UiLang)}
            data-testid="ui-lang"
          >
            {UI_LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`langs.${l}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main id="main" ref={main}>
        <Page at={at} />
      </main>
    </>
  );
}
