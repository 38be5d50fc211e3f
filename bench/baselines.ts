/**
 * The two baselines of issue 5, over the same fact and quote sentences as our
 * index: plain fuse.js with default options, and MiniSearch with prefix and
 * fuzzy matching. Both are devDependencies used only here.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { CorpusSentence } from './corpus';
import type { FileRevision, SearchSystem } from './system';

/** A sentence record as the baselines store it. */
interface SentenceRecord {
  readonly id: number;
  readonly path: string;
  readonly text: string;
}

function records(sentences: readonly CorpusSentence[], firstId: number): SentenceRecord[] {
  return sentences.map((s, i) => ({ id: firstId + i, path: s.path, text: s.text }));
}

/** fuse.js with its default options (only `keys` set, to name the searched field), scanning every sentence per query. */
export function buildFuseBaseline(sentences: readonly CorpusSentence[]): SearchSystem {
  let nextId = sentences.length;
  const fuse = new Fuse(records(sentences, 0), { keys: ['text'] });
  return {
    name: 'fuse.js (default options)',
    search: (query, limit) => fuse.search(query, { limit }).map((r) => r.item.text),
    replaceFile(revision: FileRevision): void {
      fuse.remove((doc) => doc.path === revision.input.path);
      for (const r of records(revision.sentences, nextId)) fuse.add(r);
      nextId += revision.sentences.length;
    },
  };
}

/** MiniSearch with `prefix: true, fuzzy: 0.2`; a file is replaced by discarding its sentences and adding the new ones. */
export function buildMiniSearchBaseline(sentences: readonly CorpusSentence[]): SearchSystem {
  const texts = new Map<number, string>();
  const idsByPath = new Map<string, number[]>();
  const mini = new MiniSearch<SentenceRecord>({ fields: ['text'], searchOptions: { prefix: true, fuzzy: 0.2 } });
  const addAll = (recs: readonly SentenceRecord[]): void => {
    for (const r of recs) {
      texts.set(r.id, r.text);
      const ids = idsByPath.get(r.path) ?? [];
      ids.push(r.id);
      idsByPath.set(r.path, ids);
    }
    mini.addAll(recs);
  };
  addAll(records(sentences, 0));
  let nextId = sentences.length;
  return {
    name: 'MiniSearch (prefix, fuzzy 0.2)',
    search: (query, limit) => mini.search(query).slice(0, limit).map((r) => texts.get(r.id as number) ?? ''),
    replaceFile(revision: FileRevision): void {
      for (const id of idsByPath.get(revision.input.path) ?? []) {
        mini.discard(id);
        texts.delete(id);
      }
      idsByPath.delete(revision.input.path);
      addAll(records(revision.sentences, nextId));
      nextId += revision.sentences.length;
    },
  };
}
