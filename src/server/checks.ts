/**
 * Fact-check results for open drafts, computed from their current text,
 * chunk by chunk (so the server answers other requests between chunks), and
 * cached per document version and index generation so that diagnostics,
 * quick fixes and hovers share one check. A run is abandoned as soon as the
 * document changes or the index changes: its result would be stale.
 */
import type { CancellationToken, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { assessDraft, type Assessment, type Finding } from '../core/check/checkDraft';
import { reviewDraft } from '../core/check/reviewDraft';
import { checkCitations } from '../core/draft/citationDrift';
import { runInChunks } from '../core/draft/chunkedRun';
import { DRAFT_CHUNKING, RunCache } from '../core/draft/runCache';
import type { SourceIndex } from '../core/index/sourceIndex';
import type { Span } from '../core/model';
import type { SourceKeeper } from './sources';
import type { Workspace } from './workspace';

/** Counts of checks, for `sourced/status`. */
export interface CheckCounts {
  /** Runs started. */
  started: number;
  /** Runs that finished with a current result. */
  completed: number;
  /** Runs abandoned because the draft or the index changed under them. */
  abandoned: number;
  /** Completion lists answered while a run was under way: proof that a long check leaves the server answering. */
  completionsDuringChecks: number;
}

/** Checks open drafts against the current index. */
export class DraftChecks {
  private readonly findingCache = new RunCache<Finding>();
  private readonly assessmentCache = new RunCache<Assessment>();
  /** Counts of runs. */
  readonly counts: CheckCounts = { started: 0, completed: 0, abandoned: 0, completionsDuringChecks: 0 };
  private running = 0;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly sources: SourceKeeper,
    private readonly workspace: Workspace,
  ) {
    sources.onDidChange(() => this.clear());
  }

  /** The findings for a document's current text (its numbers, quotations and citations); undefined when the check was abandoned or the caller cancelled. */
  findings(uri: string, token?: CancellationToken): Promise<readonly Finding[] | undefined> {
    const citations = (text: string, index: SourceIndex, chunk: Span): Finding[] =>
      checkCitations(text, index, {
        indexPathsFor: (written) => this.workspace.candidatesFor(uri, written),
        // As the path reads from the draft's folder: the other readings are fallbacks.
        isMissing: (written) => {
          const [first] = this.workspace.candidatesFor(uri, written);
          return first === undefined ? undefined : this.sources.isGone(first);
        },
      }, chunk);
    return this.cached(this.findingCache, uri, (text, index) => reviewDraft(text, index), token, citations);
  }

  /** A verdict for every number of a document (supported ones too); undefined as for {@link findings}. */
  assessments(uri: string, token?: CancellationToken): Promise<readonly Assessment[] | undefined> {
    return this.cached(this.assessmentCache, uri, (text, index) => assessDraft(text, index.quantities), token);
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.findingCache.delete(uri);
    this.assessmentCache.delete(uri);
  }

  /**
   * The shared run for the document's current version, started if needed.
   * A caller that cancels gets undefined at once while the run goes on for
   * the others; its result is kept for the next caller.
   */
  private async cached<T extends { readonly span: Span }>(
    cache: RunCache<T>,
    uri: string,
    compute: (text: string, index: SourceIndex) => T[],
    token: CancellationToken | undefined,
    whole?: (text: string, index: SourceIndex, chunk: Span) => T[],
  ): Promise<readonly T[] | undefined> {
    if (token?.isCancellationRequested) return undefined;
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const index = await this.sources.ready();
    if (token?.isCancellationRequested || !this.documents.get(uri)) return undefined;
    const run = cache.get(uri, document.version, this.sources.generation, () => this.run(uri, document, index, compute, whole));
    return untilCancelled(run, token);
  }

  private async run<T extends { readonly span: Span }>(
    uri: string,
    document: TextDocument,
    index: SourceIndex,
    compute: (text: string, index: SourceIndex) => T[],
    whole: ((text: string, index: SourceIndex, chunk: Span) => T[]) | undefined,
  ): Promise<T[] | undefined> {
    const { version } = document;
    const generation = this.sources.generation;
    // The same document object, not only the same version: a draft closed and opened again (an untitled URI reused) starts at version 1 again.
    const stale = (): boolean => this.documents.get(uri) !== document || document.version !== version || this.sources.generation !== generation || this.sources.current !== index;
    this.counts.started++;
    this.running++;
    try {
      const result = await runInChunks(document.getText(), (text) => compute(text, index), { ...DRAFT_CHUNKING, isStale: stale, ...(whole ? { whole: (text: string, chunk: Span) => whole(text, index, chunk) } : {}) });
      if (result === undefined) this.counts.abandoned++;
      else this.counts.completed++;
      return result;
    } finally {
      this.running--;
    }
  }

  /** Counts a completion list answered now: one answered while a run is under way is counted apart. */
  noteCompletion(): void {
    if (this.running > 0) this.counts.completionsDuringChecks++;
  }

  /** The counts, with the number of runs under way now (a long draft's check spans many turns of the event loop). */
  status(): CheckCounts & { readonly running: number } {
    return { ...this.counts, running: this.running };
  }

  private clear(): void {
    this.findingCache.clear();
    this.assessmentCache.clear();
  }
}

/** The value of `promise`, or undefined as soon as `token` is cancelled (the work behind the promise goes on). */
export function untilCancelled<T>(promise: Promise<T>, token: CancellationToken | undefined): Promise<T | undefined> {
  if (!token) return promise;
  if (token.isCancellationRequested) return Promise.resolve(undefined);
  return new Promise<T | undefined>((resolve, reject) => {
    const listener = token.onCancellationRequested(() => {
      listener.dispose();
      resolve(undefined);
    });
    promise.then(
      (value) => {
        listener.dispose();
        resolve(token.isCancellationRequested ? undefined : value);
      },
      (e: unknown) => {
        listener.dispose();
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
