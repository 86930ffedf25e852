/**
 * The project's only fake: a small OpenAI-compatible HTTP server on 127.0.0.1, port 0. It implements
 * `POST /v1/chat/completions` as JSON and, with `stream: true`, as server-sent events. Each request takes the
 * next scripted behaviour (or the default), and every request body is kept for the test to inspect.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour =
  | { kind: 'text'; text: string; usage?: { prompt_tokens: number; completion_tokens: number } }
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  | { kind: 'delay'; ms: number; next: Behaviour }
  | { kind: 'malformed' }
  | { kind: 'empty' }
  /** Streams the first pieces of `text`, then cuts the connection (non-streaming: cuts at once). */
  | { kind: 'drop'; text: string }
  /** Streams `text` a piece every `ms`, so a watcher can see part of it before the end. */
  | { kind: 'slowStream'; text: string; ms: number }
  /** Chooses the behaviour from the request (e.g. coder, alternative or client voice by the system prompt). */
  | { kind: 'route'; pick: (body: ChatBody) => Behaviour };

export interface ChatBody {
  model: string;
  stream?: boolean;
  messages: { role: string; content: string }[];
  response_format?: unknown;
  [key: string]: unknown;
}

export interface FakeOpenAi {
  /** Base URL including /v1, as OPENAI_BASE_URL. */
  url: string;
  requests: ChatBody[];
  /** Behaviours for the next requests, in order. */
  script(...next: Behaviour[]): void;
  /** What requests get once the script is used up. */
  setDefault(b: Behaviour): void;
  close(): Promise<void>;
}

/** Splits a text into stream pieces of a few characters, as a tokenizer would. */
function pieces(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [text];
}

function chunk(content: string | null, usage?: object): string {
  const body = {
    id: 'chatcmpl-fake',
    object: 'chat.completion.chunk',
    created: 0,
    model: 'fake',
    choices: usage
      ? []
      : [
          {
            index: 0,
            delta: content === null ? {} : { content },
            finish_reason: content === null ? 'stop' : null,
          },
        ],
    ...(usage ? { usage } : {}),
  };
  return `data: ${JSON.stringify(body)}\n\n`;
}

const estimate = (body: ChatBody, text: string) => ({
  prompt_tokens: Math.ceil(body.messages.map((m) => m.content).join('\n').length / 4),
  completion_tokens: Math.ceil(text.length / 4),
});

async function respond(
  b: Behaviour,
  body: ChatBody,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  switch (b.kind) {
    case 'delay':
      await new Promise((r) => setTimeout(r, b.ms));
      if (req.destroyed || res.destroyed) return;
      return respond(b.next, body, req, res);
    case 'status':
      res.writeHead(b.status, { 'content-type': 'application/json', ...b.headers });
      res.end(JSON.stringify({ error: { message: `fake ${b.status}`, type: 'fake' } }));
      return;
    case 'malformed':
      if (body.stream) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.end(`${chunk('Well')}data: {"choices": [{"delta": {"content": "half\n\ndata: [DONE]\n\n`);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"choices": [{"message": {"content": "half');
      return;
    case 'empty':
    case 'text': {
      const text = b.kind === 'text' ? b.text : '';
      const usage = (b.kind === 'text' ? b.usage : undefined) ?? estimate(body, text);
      if (body.stream) {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        for (const p of pieces(text)) if (p) res.write(chunk(p));
        res.write(chunk(null));
        res.write(chunk(null, usage));
        res.end('data: [DONE]\n\n');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'chatcmpl-fake',
          object: 'chat.completion',
          created: 0,
          model: body.model,
          choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
          usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
        }),
      );
      return;
    }
    case 'route':
      return respond(b.pick(body), body, req, res);
    case 'slowStream': {
      if (!body.stream) return respond({ kind: 'text', text: b.text }, body, req, res);
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      for (const p of pieces(b.text)) {
        // The request stream is done (and destroyed) once read; a client that left shows on the socket.
        if (res.destroyed || req.socket.destroyed) return;
        res.write(chunk(p));
        await new Promise((r) => setTimeout(r, b.ms));
      }
      res.write(chunk(null));
      res.write(chunk(null, estimate(body, b.text)));
      res.end('data: [DONE]\n\n');
      return;
    }
    case 'drop': {
      if (!body.stream) {
        req.socket.destroy();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const ps = pieces(b.text);
      for (const p of ps.slice(0, Math.max(1, Math.floor(ps.length / 2)))) res.write(chunk(p));
      await new Promise((r) => setTimeout(r, 20));
      req.socket.destroy();
      return;
    }
  }
}

export async function startFakeOpenAi(
  initial: Behaviour = { kind: 'text', text: 'Well, I suppose so.' },
): Promise<FakeOpenAi> {
  const queue: Behaviour[] = [];
  let fallback = initial;
  const requests: ChatBody[] = [];
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404).end();
      return;
    }
    let raw = '';
    req.on('data', (d: Buffer) => {
      raw += d.toString('utf8');
    });
    req.on('end', () => {
      const body = JSON.parse(raw) as ChatBody;
      requests.push(body);
      void respond(queue.shift() ?? fallback, body, req, res).catch(() => req.socket.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...next) => queue.push(...next),
    setDefault: (b) => {
      fallback = b;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
