/**
 * Keeps the server's diagnostics on their text. Between an edit and the
 * next check (a short pause later, in the server) the published diagnostics
 * move with their text, and one whose text the edit changed is withdrawn, so
 * a diagnostic never points at text it was not raised on. A result that
 * arrives for an older version of the draft than the editor holds (it was
 * sent while the writer typed) is not shown: the check of the current text is
 * already due. The server tells the version in each diagnostic's `data`.
 */
import * as vscode from 'vscode';
import type { Span } from '../core/model';
import { shiftSpans } from '../core/text/spanEdits';

/** The published diagnostics of one draft with the text offsets they stand on. */
interface Published {
  readonly spans: readonly Span[];
  readonly diagnostics: readonly vscode.Diagnostic[];
}

/** Follows edits for the diagnostics in `collection()` (the language client's). */
export class DiagnosticFollower implements vscode.Disposable {
  private readonly published = new Map<string, Published>();
  private readonly listeners: vscode.Disposable[];

  constructor(private readonly collection: () => vscode.DiagnosticCollection | undefined) {
    this.listeners = [
      vscode.workspace.onDidChangeTextDocument((e) => this.follow(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.published.delete(d.uri.toString())),
    ];
  }

  /** The client's `handleDiagnostics` middleware: records what is shown, or drops a late result. */
  readonly handle = (uri: vscode.Uri, diagnostics: vscode.Diagnostic[], next: (uri: vscode.Uri, diagnostics: vscode.Diagnostic[]) => void): void => {
    const key = uri.toString();
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    const version = versionOf(diagnostics[0]);
    if (document && version !== undefined && version !== document.version) return;
    if (document && diagnostics.length > 0) {
      this.published.set(key, { spans: diagnostics.map((d) => ({ start: document.offsetAt(d.range.start), end: document.offsetAt(d.range.end) })), diagnostics });
    } else {
      this.published.delete(key);
    }
    next(uri, diagnostics);
  };

  /** Moves the published diagnostics of an edited draft with their text until it is checked again. */
  private follow(e: vscode.TextDocumentChangeEvent): void {
    const key = e.document.uri.toString();
    const entry = this.published.get(key);
    if (!entry || e.contentChanges.length === 0) return;
    const moved = shiftSpans(
      entry.spans,
      e.contentChanges.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, inserted: c.text.length })),
    );
    const spans: Span[] = [];
    const diagnostics: vscode.Diagnostic[] = [];
    moved.forEach((span, i) => {
      const diagnostic = entry.diagnostics[i];
      if (!span || !diagnostic) return;
      diagnostic.range = new vscode.Range(e.document.positionAt(span.start), e.document.positionAt(span.end));
      spans.push(span);
      diagnostics.push(diagnostic);
    });
    this.published.set(key, { spans, diagnostics });
    this.collection()?.set(e.document.uri, diagnostics);
  }

  dispose(): void {
    for (const listener of this.listeners) listener.dispose();
    this.published.clear();
  }
}

/** The draft version a diagnostic was computed for, from the server's `data`. */
function versionOf(diagnostic: vscode.Diagnostic | undefined): number | undefined {
  const data: unknown = (diagnostic as { data?: unknown } | undefined)?.data;
  const version = typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;
  return typeof version === 'number' ? version : undefined;
}
