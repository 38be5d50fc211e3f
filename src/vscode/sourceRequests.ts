/**
 * Answers the server's source requests (`sourced/listFiles`,
 * `sourced/readFile`, `sourced/exists`) with `workspace.findFiles` and
 * `workspace.fs`, so the server (in its own process on the desktop, in a Web
 * Worker on the web) reads the workspace's files wherever they live: on
 * disk, on a remote, in a virtual workspace (github.dev) or in the browser's
 * own file system, with `files.exclude` applied. Files are decoded here.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { decodeText } from '../core/source/decodeText';
import { tooLargeReason } from '../core/source/sizeLimit';
import {
  EXISTS_METHOD,
  LIST_FILES_METHOD,
  READ_FILE_METHOD,
  type ExistsParams,
  type ListFilesParams,
  type ListFilesResult,
  type ReadFileParams,
  type ReadFileResult,
} from '../server/protocol';

/** Registers the handlers on the client; dispose them with the client. */
export function registerSourceRequests(client: BaseLanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    client.onRequest(LIST_FILES_METHOD, (params: ListFilesParams) => listFiles(params)),
    client.onRequest(READ_FILE_METHOD, (params: ReadFileParams) => readFile(params)),
    client.onRequest(EXISTS_METHOD, (params: ExistsParams) => exists(params)),
  );
}

/** Whether a file or folder exists. */
export async function exists(params: ExistsParams): Promise<boolean> {
  return Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.parse(params.uri))).then(
    () => true,
    () => false,
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
