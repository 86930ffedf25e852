/**
 * What the client remembers of this session, for lines that refer back: a line marked `needs: plan` waits until
 * a plan or step has been proposed, asked for or agreed; a line marked `needs: said:<topic>` ("as I said, I need
 * it for work") waits until the client itself has said a line on that topic in an earlier turn. Derived from the
 * stored state (the line ids already said), so sessions stored before this existed need no migration.
 */
import type { Case, Line } from '../cases/schema.js';
import type { ClientState } from './state.js';

export interface Memory {
  planRaised: boolean;
  /** Topics of the lines the client has said in earlier turns. */
  saidTopics: ReadonlySet<string>;
}

const SAID = 'said:';

/**
 * The line a stored id names: its path in the case file (`petals.work.depths.3.2`), or a fact's answer
 * (`facts.answers.4` → its `answer`). Undefined for ids that are not lines (`opening`) or no longer exist.
 */
export function lineById(c: Case, id: string): Line | undefined {
  let node: unknown = c;
  for (const key of id.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  if (node && typeof node === 'object' && 'answer' in node) node = (node as { answer: unknown }).answer;
  return node && typeof node === 'object' && 'nb' in node ? (node as Line) : undefined;
}

export function memoryOf(c: Case, state: ClientState): Memory {
  const saidTopics = new Set<string>();
  for (const id of state.usedLines) {
    const topic = lineById(c, id)?.topic;
    if (topic) saidTopics.add(topic);
  }
  return { planRaised: state.planRaised ?? false, saidTopics };
}

/** Whether what the line presupposes has happened in this session. */
export function remembers(line: Line, memory: Memory): boolean {
  const needs = line.needs;
  if (needs === undefined) return true;
  if (needs === 'plan') return memory.planRaised;
  return needs.startsWith(SAID) && memory.saidTopics.has(needs.slice(SAID.length));
}
