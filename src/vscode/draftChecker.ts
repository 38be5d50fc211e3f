/**
 * Fact-check results for drafts, computed from the document's current
 * (possibly unsaved) text and cached per document version and index state,
 * so that diagnostics, quick fixes and hovers share one check.
 */
import type * as vscode from 'vscode';
import { assessDraft, checkDraft, type Assessment, type Finding } from '../core/check/checkDraft';
import type { SourceIndex } from '../core/index/sourceIndex';
import type { SourceIndexService } from './sourceIndexService';

interface Cached<T> {
  readonly version: number;
  readonly generation: number;
  readonly value: T;
}

/** Checks drafts against the current index. */
export class DraftChecker implements vscode.Disposable {
  private generation = 0;
  private readonly findingCache = new Map<string, Cached<readonly Finding[]>>();
  private readonly assessmentCache = new Map<string, Cached<readonly Assessment[]>>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly sources: SourceIndexService) {
    this.subscription = sources.onDidChange(() => {
      this.generation++;
      this.clear();
    });
  }

  /** The findings for a document, or undefined while the index is not built. */
  findings(document: vscode.TextDocument): readonly Finding[] | undefined {
    return this.cached(this.findingCache, document, (text, index) => checkDraft(text, index.quantities));
  }

  /** A verdict for every number of a document (supported ones too), or undefined while the index is not built. */
  assessments(document: vscode.TextDocument): readonly Assessment[] | undefined {
    return this.cached(this.assessmentCache, document, (text, index) => assessDraft(text, index.quantities));
  }

  private cached<T>(cache: Map<string, Cached<T>>, document: vscode.TextDocument, compute: (text: string, index: SourceIndex) => T): T | undefined {
    const index = this.sources.current;
    if (!index) return undefined;
    const key = document.uri.toString();
    const hit = cache.get(key);
    if (hit && hit.version === document.version && hit.generation === this.generation) return hit.value;
    const value = compute(document.getText(), index);
    cache.set(key, { version: document.version, generation: this.generation, value });
    return value;
  }

  /** Contradictions only. */
  contradictions(document: vscode.TextDocument): Finding[] {
    return (this.findings(document) ?? []).filter((f) => f.code === 'contradiction');
  }

  /** The contradiction whose span is exactly `span`, if any. */
  contradictionAt(document: vscode.TextDocument, span: { readonly start: number; readonly end: number }): Finding | undefined {
    return this.contradictions(document).find((f) => f.span.start === span.start && f.span.end === span.end);
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
