/**
 * Contradiction, misquote, misattribution and citation drift (moved, broken) diagnostics. Clients that pull (`textDocument/diagnostic`)
 * get them on request; the others get them pushed
 * (`textDocument/publishDiagnostics`) a short pause after the last edit,
 * again whenever the sources change, and cleared when the draft closes. A
 * check made stale by a newer edit is dropped, never published: every push
 * carries the version it was computed for, and only the current one is sent.
 */
import {
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type Diagnostic,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Finding, isProblem } from '../core/check/checkDraft';
import type { SeverityName } from '../core/settings';
import { cancelled, isDraft, type ServerContext } from './context';

/** The diagnostics' `source`. */
export const DIAGNOSTIC_SOURCE = 'Sourced';

const SEVERITIES: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Counts of pushed checks, for `sourced/status`. */
export interface PushCounts {
  /** Diagnostics sent. */
  published: number;
  /** Scheduled checks replaced by a newer edit before they started. */
  superseded: number;
  /** Checks whose result was stale when it arrived, and so not sent. */
  dropped: number;
}

/** What the diagnostics feature offers the rest of the server. */
export interface DiagnosticsFeature {
  /** True when the client pulls diagnostics. */
  readonly pull: boolean;
  /** Checks every open draft again (after the sources or the settings changed). */
  recheckAll(): void;
  /** Checks one draft now and publishes (push) its diagnostics; the number of problems, or undefined when the check went stale. */
  checkNow(uri: string): Promise<number | undefined>;
  readonly counts: PushCounts;
}

/** Registers pull or push diagnostics, as the client supports. */
export function registerDiagnostics(context: ServerContext): DiagnosticsFeature {
  const { connection, documents, checks } = context;
  const pull = context.client.textDocument?.diagnostic !== undefined;
  const counts: PushCounts = { published: 0, superseded: 0, dropped: 0 };
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const seen = new Set<string>();
  /** The version, index generation and settings revision of the diagnostics last sent for each draft. */
  const lastSent = new Map<string, { readonly version: number; readonly generation: number; readonly settings: number }>();

  /** The current problems (contradictions, misquotes, misattributions) of a draft as diagnostics; undefined when stale; [] for documents Sourced does not check. */
  const diagnosticsOf = async (document: TextDocument, token?: Parameters<typeof checks.findings>[1]): Promise<Diagnostic[] | undefined> => {
    await context.sources.ready();
    if (!isDraft(context, document) || !context.settings.current.factCheckEnabled) return [];
    const findings = await checks.findings(document.uri, token);
    if (findings === undefined) return undefined;
    return findings.filter(isProblem).map((f) => toDiagnostic(context, document, f));
  };

  const checkNow = async (uri: string): Promise<number | undefined> => {
    const document = documents.get(uri);
    if (!document) return 0;
    const { version } = document;
    const diagnostics = await diagnosticsOf(document);
    // Dropped when the draft changed, or was closed and opened again (same URI, versions from 1 again) meanwhile.
    if (diagnostics === undefined || documents.get(uri) !== document || document.version !== version) {
      counts.dropped++;
      return undefined;
    }
    if (!pull) {
      // Two checks of one version against one index (one waiting for the first build, one scheduled when it
      // ended) share a result: it is sent once.
      const generation = context.sources.generation;
      const settings = context.settings.revision;
      const last = lastSent.get(uri);
      if (last?.version === version && last.generation === generation && last.settings === settings) return diagnostics.length;
      lastSent.set(uri, { version, generation, settings });
      counts.published++;
      await connection.sendDiagnostics({ uri, version, diagnostics });
    }
    return diagnostics.length;
  };

  const schedule = (uri: string, delay: number): void => {
    const pending = timers.get(uri);
    if (pending !== undefined) {
      clearTimeout(pending);
      counts.superseded++;
    }
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        checkNow(uri).catch((e: unknown) => connection.console.error(`checking ${uri} failed: ${String(e)}`));
      }, delay),
    );
  };

  if (pull) {
    connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      const items = await diagnosticsOf(document, token);
      if (token.isCancellationRequested) throw cancelled();
      // Stale: the draft changed during the check; the client asks again.
      if (items === undefined) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The draft changed during the check', { retriggerRequest: true });
      return { kind: DocumentDiagnosticReportKind.Full, items };
    });
  } else {
    documents.onDidChangeContent(({ document }) => {
      const first = !seen.has(document.uri);
      seen.add(document.uri);
      schedule(document.uri, first ? 0 : context.options.checkDelayMs);
    });
  }
  documents.onDidClose(({ document }) => {
    const pending = timers.get(document.uri);
    if (pending !== undefined) clearTimeout(pending);
    timers.delete(document.uri);
    seen.delete(document.uri);
    lastSent.delete(document.uri);
    checks.forget(document.uri);
    if (!pull) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  const recheckAll = (): void => {
    if (pull) {
      if (context.client.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh();
      return;
    }
    for (const document of documents.all()) schedule(document.uri, 0);
  };
  return { pull, recheckAll, checkNow, counts };
}

/** A finding as a diagnostic on the draft, pointing at the source passage. */
function toDiagnostic(context: ServerContext, document: TextDocument, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: { start: document.positionAt(finding.span.start), end: document.positionAt(finding.span.end) },
    message: finding.message,
    severity: SEVERITIES[context.settings.current.factCheckSeverity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.code,
    // The version checked, so that a client can tell a late result from a current one (the LSP client in VS Code drops the version of publishDiagnostics).
    data: { version: document.version },
  };
  const source = finding.source;
  const uri = source ? context.sources.uriOf(source.file) : undefined;
  if (source && uri && context.client.textDocument?.publishDiagnostics?.relatedInformation !== false) {
    const at = { line: Math.max(0, source.line - 1), character: Math.max(0, source.column - 1) };
    diagnostic.relatedInformation = [{ location: { uri, range: { start: at, end: at } }, message: `${source.file}:${source.line}: ${source.text}` }];
  }
  return diagnostic;
}
