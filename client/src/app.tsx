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
const hw = {
  login: lazy(() => import('./pages/instructor-auth').then((m) => m.LoginPage)),
  setup: lazy(() => import('./pages/instructor-auth').then((m) => m.SetupPage)),
  dashboard: lazy(() => import('./pages/instructor-dashboard').then((m) => m.InstructorPage)),
  assignment: lazy<{ id: string }>(() =>
    import('./pages/instructor-review').then((m) => m.AssignmentReviewPage),
  ),
  submission: lazy<{ id: string }>(() =>
    import('./pages/instructor-review').then((m) => m.SubmissionReviewPage),
  ),
  code: lazy<{ code: string }>(() => import('./pages/assignment-pages').then((m) => m.AssignmentPage)),
  practice: lazy<{ id: string }>(() =>
    import('./pages/assignment-pages').then((m) => m.HomeworkPracticePage),
  ),
  receipt: lazy<{ id: string }>(() => import('./pages/assignment-pages').then((m) => m.ReceiptPage)),
};
/** Instructor and homework pages (issue 8), or null when the path is none of them. */
function homeworkPage(at: string) {
  if (at === '/login') return <hw.login />;
  if (at === '/setup') return <hw.setup />;
  if (at === '/instructor') return <hw.dashboard />;
  const p = (pattern: string) => match(pattern, at);
  const a = p('/instructor/assignments/:id');
  if (a?.id) return <hw.assignment key={a.id} id={a.id} />;
  const s = p('/instructor/submissions/:id');
  if (s?.id) return <hw.submission key={s.id} id={s.id} />;
  const c = p('/a/:code');
  if (c?.code) return <hw.code key={c.code} code={c.code} />;
  const h = p('/homework/:id');
  if (h?.id) return <hw.practice key={h.id} id={h.id} />;
  const r = p('/receipt/:id');
  if (r?.id) return <hw.receipt key={r.id} id={r.id} />;
  return null;
}
const PresentPage = lazy(() => import('./pages/present-page').then((m) => m.PresentPage));
const JoinPage = lazy(() => import('./pages/join-page').then((m) => m.JoinPage));

function Page({ at }: { at: string }) {
  if (at === '/' || at === '') return <StartPage />;
  if (at === '/analyse') return <AnalysePage />;
  const homework = homeworkPage(at);
  if (homework) return homework;
  if (at === '/join') return <JoinPage />;
  const present = match('/present/:id', at);
  if (present?.id) return <PresentPage key={present.id} id={present.id} />;
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
          <Link href="/instructor" aria-current={at.startsWith('/instructor') ? 'page' : undefined}>
            {t('hw.instructorLink')}
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
