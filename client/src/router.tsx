/** A tiny history router: the current path as a signal, `navigate`, a `Link`, and pattern matching. */
import { signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';

export const path = signal(location.pathname);
addEventListener('popstate', () => {
  path.value = location.pathname;
});

export function navigate(to: string, replace = false): void {
  history[replace ? 'replaceState' : 'pushState'](null, '', to);
  path.value = new URL(to, location.href).pathname;
}

/** `/sessions/:id` against `/sessions/abc` → `{ id: 'abc' }`, or null. */
export function match(pattern: string, at: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = at.replace(/\/+$/, '').split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(got[i] ?? '');
    else if (part !== got[i]) return null;
  }
  return params;
}

type LinkProps = { href: string; children: ComponentChildren; class?: string; 'aria-current'?: 'page' };

export function Link({ href, children, ...rest }: LinkProps) {
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return <a {...rest} href={href} onClick={onClick} children={children} />;
}
