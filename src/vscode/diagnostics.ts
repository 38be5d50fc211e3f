/**
 * Contradiction, misquote and misattribution diagnostics for every open draft, checked on the unsaved
 * text after a short pause in typing, again whenever the sources change,
 * and cleared when the draft closes. Between an edit and the next check the
 * published diagnostics move with their text (and one whose text the edit
 * changed is withdrawn), so a diagnostic never points at text it was not
 * raised on. Also the "Check Current Document" command.
 */
import * as vscode from 'vscode';
import type { Finding } from '../core/check/checkDraft';
import type { Span } from '../core/model';
import { shiftSpans } from '../core/text/spanEdits';
import { affects, factCheckEnabled, factCheckSeverity } from './config';
import { isDraft } from './drafts';
import type { Services } from './services';

/** Pause after the last edit before a draft is checked. */
const DEBOUNCE_MS = 400;
/** Times "Check Current Document" starts again when the draft changed during its check. */
const COMMAND_ATTEMPTS = 3;
/** The diagnostics' `source`. */
export const DIAGNOSTIC_SOURCE = 'Sourced';

/** Registers the diagnostic collection, its triggers and the check command. */
export function registerDiagnostics(context: vscode.ExtensionContext, services: Services): void {
  const collection = vscode.languages.createDiagnosticCollection('sourced');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The published diagnostics of each draft with the text offsets they stand on. */
  const published = new Map<string, { readonly spans: readonly Span[]; readonly diagnostics: readonly vscode.Diagnostic[] }>();
  const publish = (uri: vscode.Uri, spans: readonly Span[], diagnostics: readonly vscode.Diagnostic[]): void => {
    published.set(uri.toString(), { spans, diagnostics });
    collection.set(uri, diagnostics);
  };
  const withdraw = (uri: vscode.Uri): void => {
    published.delete(uri.toString());
    collection.delete(uri);
  };
  /** Moves the published diagnostics of an edited draft with their text until it is checked again. */
  const follow = (e: vscode.TextDocumentChangeEvent): void => {
    const entry = published.get(e.document.uri.toString());
    if (!entry) return;
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
    publish(e.document.uri, spans, diagnostics);
  };

  /** Checks a draft and publishes its diagnostics; undefined when the draft or the sources changed meanwhile (a newer check is due). */
  const check = async (document: vscode.TextDocument): Promise<number | undefined> => {
    if (document.isClosed || !isDraft(document, services.sources) || !factCheckEnabled(document.uri)) {
      withdraw(document.uri);
      return 0;
    }
    await services.sources.ready();
    if (document.isClosed || !isDraft(document, services.sources)) {
      withdraw(document.uri);
      return 0;
    }
    const found = await services.checker.contradictions(document);
    if (found === undefined) return undefined;
    publish(
      document.uri,
      found.map((f) => f.span),
      found.map((f) => toDiagnostic(document, f, services)),
    );
    return found.length;
  };
  const run = (document: vscode.TextDocument): void => {
    check(document).catch((e: unknown) => services.log.error(`checking ${document.uri.toString(true)} failed: ${String(e)}`));
  };
  const schedule = (document: vscode.TextDocument, delay = DEBOUNCE_MS): void => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        run(document);
      }, delay),
    );
  };
  const recheckAll = (): void => vscode.workspace.textDocuments.forEach((d) => schedule(d));

  context.subscriptions.push(
    collection,
    new vscode.Disposable(() => timers.forEach((t) => clearTimeout(t))),
    vscode.workspace.onDidOpenTextDocument((d) => schedule(d, 0)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0) return;
      follow(e);
      schedule(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      clearTimeout(timers.get(d.uri.toString()));
      timers.delete(d.uri.toString());
      withdraw(d.uri);
      services.checker.forget(d.uri);
    }),
    services.sources.onDidChange(recheckAll),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affects(e, 'factCheck') || affects(e, 'languages')) recheckAll();
    }),
    vscode.commands.registerCommand('sourced.checkDocument', async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document || !isDraft(document, services.sources)) {
        void vscode.window.showInformationMessage('Sourced: open a draft (Markdown or plain text) to check it.');
        return undefined;
      }
      let count: number | undefined;
      for (let attempt = 0; count === undefined && attempt < COMMAND_ATTEMPTS; attempt++) count = await check(document);
      if (count === undefined) {
        void vscode.window.showInformationMessage('Sourced: the draft kept changing during the check; it is checked again when you pause.');
        return undefined;
      }
      const name = vscode.workspace.asRelativePath(document.uri);
      void vscode.window.showInformationMessage(count === 0 ? `Sourced: no contradictions or misquotes in ${name}.` : `Sourced: ${count} problem${count === 1 ? '' : 's'} in ${name}.`);
      return count;
    }),
  );
  vscode.workspace.textDocuments.forEach((d) => schedule(d));
}

/** A finding as a diagnostic on the draft, pointing at the source passage. */
function toDiagnostic(document: vscode.TextDocument, finding: Finding, services: Services): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.span.start), document.positionAt(finding.span.end));
  const diagnostic = new vscode.Diagnostic(range, finding.message, factCheckSeverity(document.uri));
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = finding.code;
  const source = finding.source;
  const uri = source ? services.sources.uriOf(source.file) : undefined;
  if (source && uri) {
    const at = new vscode.Position(Math.max(0, source.line - 1), Math.max(0, source.column - 1));
    diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, at), `${source.file}:${source.line}: ${source.text}`)];
  }
  return diagnostic;
}
