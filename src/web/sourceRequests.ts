/**
 * Answers the server's source requests (`sourced/listFiles`,
 * `sourced/readFile`) with `workspace.findFiles` and `workspace.fs`, so the
 * server in its Web Worker reads the workspace's files wherever they live:
 * on a remote, in a virtual workspace (github.dev) or in the browser's own
 * file system. Files are decoded here, by the same rules as on the desktop.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/browser';
import { decodeText } from '../core/source/decodeText';
import { tooLargeReason } from '../core/source/sizeLimit';
import { LIST_FILES_METHOD, READ_FILE_METHOD, type ListFilesParams, type ListFilesResult, type ReadFileParams, type ReadFileResult } from '../server/protocol';

/** Registers the handlers on the client; dispose them with the client. */
export function registerSourceRequests(client: BaseLanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    client.onRequest(LIST_FILES_METHOD, (params: ListFilesParams) => listFiles(params)),
    client.onRequest(READ_FILE_METHOD, (params: ReadFileParams) => readFile(params)),
  );
}

/** The files a pattern selects inside a folder (with `files.exclude` applied, as on the desktop). */
export async function listFiles(params: ListFilesParams): Promise<ListFilesResult> {
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.parse(params.folderUri), params.pattern));
  return found.map((uri) => uri.toString());
}

/**
 * One file, read and decoded. Its size is checked with `stat` first, so a
 * file over the limit is never loaded; binary and unreadable files give the
 * reason; a file that does not exist (deleted meanwhile) gives null.
 */
export async function readFile(params: ReadFileParams): Promise<ReadFileResult> {
  const uri = vscode.Uri.parse(params.uri);
  try {
    const { size, type } = await vscode.workspace.fs.stat(uri);
    if (!(type & vscode.FileType.File)) return null;
    if (size > params.maxFileBytes) return { skip: tooLargeReason(size, params.maxFileBytes) };
    const bytes = await vscode.workspace.fs.readFile(uri);
    // The file may have grown between stat and read.
    if (bytes.length > params.maxFileBytes) return { skip: tooLargeReason(bytes.length, params.maxFileBytes) };
    return decodeText(bytes);
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return null;
    return { skip: e instanceof Error ? e.message : String(e) };
  }
}
