/**
 * Which documents are drafts: documents in a configured language
 * (`sourced.languages`) that are not themselves indexed sources.
 */
import * as vscode from 'vscode';
import { draftLanguages } from './config';
import type { SourceIndexService } from './sourceIndexService';

/** Schemes of editor-internal documents that never hold a writer's draft. */
const INTERNAL_SCHEMES = new Set(['output', 'git', 'vscode-scm', 'comment', 'vscode-settings', 'debug']);

/** True when Sourced should complete and check this document. */
export function isDraft(document: vscode.TextDocument, sources: SourceIndexService): boolean {
  if (INTERNAL_SCHEMES.has(document.uri.scheme)) return false;
  if (!draftLanguages(document.uri).includes(document.languageId)) return false;
  return !sources.isSource(document.uri);
}

/** A document selector for the configured draft languages. */
export function draftSelector(): vscode.DocumentFilter[] {
  return draftLanguages().map((language) => ({ language }));
}
