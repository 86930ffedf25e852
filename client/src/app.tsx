/** Placeholder shell until the practice UI lands (issue 6): shows the product and the server's health. */
import { useEffect, useState } from 'preact/hooks';

export function App() {
  const [ready, setReady] = useState<string>('…');
  useEffect(() => {
    fetch('/readyz')
      .then((r) => r.json() as Promise<{ status: string }>)
      .then((b) => setReady(b.status))
      .catch(() => setReady('unavailable'));
  }, []);
  return (
    <main>
      <h1>changetalk</h1>
      <p>Practise Motivational Interviewing with a simulated client — in Norwegian, Danish and English.</p>
      <p>
        Server: <output>{ready}</output>
      </p>
    </main>
  );
}
