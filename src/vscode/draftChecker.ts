/**
 * Fact-check results for drafts, computed from the document's current
 * (possibly unsaved) text and cached per document version and index state,
 * so that diagnostics, quick fixes and hovers share one check.
 *
 * Long drafts are checked in chunks with a pause between them, so the editor
 * stays responsive; a check is abandoned as soon as the document changes, the
 * index changes or the caller cancels, since its result would be stale.
 */
import type * as vscode from 'vscode';
import { assessDraft, isProblem, type Assessment, type Finding } from '../core/check/checkDraft';
import { reviewDraft } from '../core/check/reviewDraft';
import { checkCitations } from '../core/draft/citationDrift';
import type { SourceIndex } from '../core/index/sourceIndex';
import { runInChunks } from '../core/draft/chunkedRun';
import { DRAFT_CHUNKING, RunCache } from '../core/draft/runCache';
import type { Span } from '../core/model';
import { folderOf, indexPathOf, resolveInWorkspace } from './paths';
import type { SourceIndexService } from './sourceIndexService';

/** Computes results with spans for one piece of draft text. */
type Compute<T> = (text: string, index: SourceIndex) => T[];

/** Computes results for one chunk of a draft with the whole text in view. */
type Whole<T> = (text: string, index: SourceIndex, chunk: Span) => T[];

/** A cancellation signal: VS Code's token, or nothing. */
type Token = Pick<vscode.CancellationToken, 'isCancellationRequested'> | undefined;

/** Checks drafts against the current index. */
export class DraftChecker implements vscode.Disposable {
  private generation = 0;
  private running = 0;
  private readonly findingCache = new RunCache<Finding>();
  private readonly assessmentCache = new RunCache<Assessment>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly sources: SourceIndexService) {
    this.subscription = sources.onDidChange(() => {
      this.generation++;
      this.clear();
    });
  }

  /** The findings for a document's current text; undefined while the index is not built, or when the check was abandoned. */
  check(document: vscode.TextDocument, token?: Token): Promise<readonly Finding[] | undefined> {
    const citations: Whole<Finding> = (text, index, chunk) => checkCitations(text, index, { indexPathsFor: (written) => resolveInWorkspace(written, folderOf(document.uri)).map(indexPathOf) }, chunk);
    return this.cached(this.findingCache, document, (text, index) => reviewDraft(text, index), token, citations);
  }

  /** A verdict for every number of a document (supported ones too); undefined as for {@link check}. */
  assess(document: vscode.TextDocument, token?: Token): Promise<readonly Assessment[] | undefined> {
    return this.cached(this.assessmentCache, document, (text, index) => assessDraft(text, index.quantities), token);
  }

  /** The problems among {@link check}'s findings: contradictions, misquotes and misattributions (see `isProblem`). */
  async contradictions(document: vscode.TextDocument, token?: Token): Promise<Finding[] | undefined> {
    return (await this.check(document, token))?.filter(isProblem);
  }

  /**
   * The shared run for the document's current version, started if needed.
   * Callers share one run; a caller that cancels gets undefined while the run
   * goes on for the others, and its result is kept for the next caller.
   */
  private async cached<T extends { readonly span: Span }>(cache: RunCache<T>, document: vscode.TextDocument, compute: Compute<T>, token: Token, whole?: Whole<T>): Promise<readonly T[] | undefined> {
    if (token?.isCancellationRequested) return undefined;
    const value = await cache.get(document.uri.toString(), document.version, this.generation, () => this.run(document, compute, whole));
    return cancelledOr(token, value);
  }

  /** How many checks are under way now (a long draft's check spans many turns of the event loop). */
  get checksRunning(): number {
    return this.running;
  }

  /** Runs `compute` over the document's text, chunk by chunk, yielding between chunks; undefined when the result went stale. */
  private async run<T extends { readonly span: Span }>(document: vscode.TextDocument, compute: Compute<T>, whole?: Whole<T>): Promise<readonly T[] | undefined> {
    this.running++;
    try {
      return await this.runChunks(document, compute, whole);
    } finally {
      this.running--;
    }
  }

  private runChunks<T extends { readonly span: Span }>(document: vscode.TextDocument, compute: Compute<T>, whole?: Whole<T>): Promise<readonly T[] | undefined> {
    const index = this.sources.current;
    if (!index) return Promise.resolve(undefined);
    const { version } = document;
    const generation = this.generation;
    const stale = (): boolean => document.isClosed || document.version !== version || this.generation !== generation || this.sources.current !== index;
    return runInChunks(document.getText(), (text) => compute(text, index), { ...DRAFT_CHUNKING, isStale: stale, ...(whole ? { whole: (text: string, chunk: Span) => whole(text, index, chunk) } : {}) });
  }

  /** Forgets a closed document. */
  forget(uri: vscode.Uri): void {
    this.findingCache.delete(uri.toString());
    this.assessmentCache.delete(uri.toString());
  }

  private clear(): void {
    this.findingCache.clear();
    this.assessmentCache.clear();
  }

  /** Stops following the index. */
  dispose(): void {
    this.subscription.dispose();
    this.clear();
  }
}

function cancelledOr<T>(token: Token, value: T): T | undefined {
  return token?.isCancellationRequested ? undefined : value;
}
