/**
 * "Open Source at Citation": opens a source file at a line. Hover links pass
 * `{file, line}` (an indexed path); without arguments the citation under the
 * cursor is used. The server says where an indexed path or a citation leads
 * (`sourced/resolveSource`); paths it does not know are tried inside the
 * workspace folders only: absolute paths and `..` escapes are refused.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { RESOLVE_SOURCE_METHOD, type ResolveSourceParams, type ResolveSourceResult } from '../../server/protocol';
import { isInsideWorkspace, resolveInWorkspace } from '../paths';

/** The command that opens a source at a line; hovers link to it. */
export const OPEN_SOURCE_COMMAND = 'sourced.openSource';

/** The arguments hover links pass: an indexed (workspace-relative) path and a 1-based line. */
interface OpenSourceArgs {
  readonly file: string;
  readonly line: number;
}

/** Registers the command. It resolves to true when a file was opened. */
export function registerOpenSource(client: BaseLanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_SOURCE_COMMAND, (args?: unknown) => openSource(client, args));
}

async function openSource(client: BaseLanguageClient, args: unknown): Promise<boolean> {
  const target = isArgs(args) ? await fromArgs(client, args) : await fromCursor(client);
  if (!target) return false;
  const line = Math.max(0, target.line - 1);
  const editor = await vscode.window.showTextDocument(target.uri, { preview: true });
  const position = new vscode.Position(Math.min(line, editor.document.lineCount - 1), 0);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

function isArgs(args: unknown): args is OpenSourceArgs {
  if (typeof args !== 'object' || args === null) return false;
  const { file, line } = args as Record<string, unknown>;
  return typeof file === 'string' && typeof line === 'number' && Number.isInteger(line);
}

/** Where the server says a path or citation leads, if it is an indexed source inside the workspace. */
async function resolve(client: BaseLanguageClient, params: ResolveSourceParams): Promise<ResolveSourceResult> {
  const found = await client.sendRequest<ResolveSourceResult>(RESOLVE_SOURCE_METHOD, params);
  if (found && 'uri' in found && !isInsideWorkspace(vscode.Uri.parse(found.uri))) return null;
  return found;
}

async function fromArgs(client: BaseLanguageClient, args: OpenSourceArgs): Promise<{ uri: vscode.Uri; line: number } | undefined> {
  const known = await resolve(client, { file: args.file, line: args.line });
  const candidates = known && 'uri' in known ? [vscode.Uri.parse(known.uri)] : resolveInWorkspace(args.file);
  if (candidates.length === 0) {
    void vscode.window.showWarningMessage(`Sourced will not open "${args.file}": only files inside the workspace folders can be opened.`);
    return undefined;
  }
  for (const uri of candidates) {
    const exists = await Promise.resolve(vscode.workspace.fs.stat(uri)).then(
      (s) => (s.type & vscode.FileType.File) !== 0,
      () => false,
    );
    if (exists) return { uri, line: args.line };
  }
  void vscode.window.showWarningMessage(`Sourced: "${args.file}" was not found in the workspace.`);
  return undefined;
}

async function fromCursor(client: BaseLanguageClient): Promise<{ uri: vscode.Uri; line: number } | undefined> {
  const editor = vscode.window.activeTextEditor;
  const found = editor
    ? await resolve(client, { uri: editor.document.uri.toString(), text: editor.document.getText(), offset: editor.document.offsetAt(editor.selection.active) })
    : null;
  if (!editor || !found) {
    void vscode.window.showInformationMessage('Sourced: put the cursor on a citation to open its source.');
    return undefined;
  }
  if ('ref' in found) {
    void vscode.window.showWarningMessage(`Sourced: "${found.ref}" is not an indexed source inside the workspace.`);
    return undefined;
  }
  return { uri: vscode.Uri.parse(found.uri), line: found.line };
}
