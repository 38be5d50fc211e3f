/**
 * The Sourced view in the Explorer: every indexed source with its title,
 * byline, date and counts of facts and quotes (expanding a source lists its
 * facts and quotes, as the fact picker shows them), the files that were
 * skipped with their reasons, and the active draft's citations grouped by
 * source. Clicking a source lists its items; clicking an item or a citation
 * opens the source at the line. The data comes from the server (`sourced/sourcesOverview`,
 * `sourced/sourceItems`); source text is shown as plain labels, never as Markdown.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  SOURCE_ITEMS_METHOD,
  SOURCES_OVERVIEW_METHOD,
  type CitedSource,
  type IndexChangedParams,
  type ItemSummary,
  type SourceItemsParams,
  type SourcesOverview,
  type SourcesOverviewParams,
  type SourceSummary,
} from '../server/protocol';
import { OPEN_SOURCE_COMMAND } from './commands/openSource';
import { shorten } from '../core/draft/itemText';
import { draftLanguages } from './config';

/** The view's id (package.json `contributes.views.explorer`). */
export const SOURCES_VIEW_ID = 'sourced.sources';
/** The view's refresh button. */
const REFRESH_COMMAND = 'sourced.refreshSources';
/** Pause after the last edit of the active draft before its citations are listed again. */
const DRAFT_EDIT_DELAY_MS = 500;
/** Most characters of an item's text in a label. */
const LABEL_CHARS = 90;

/** A node of the view. */
type Node =
  | { readonly kind: 'group'; readonly group: 'sources' | 'skipped' | 'citations'; readonly label: string; readonly count: number }
  | { readonly kind: 'source'; readonly source: SourceSummary }
  | { readonly kind: 'item'; readonly item: ItemSummary }
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string }
  | { readonly kind: 'cited'; readonly cited: CitedSource }
  | { readonly kind: 'citation'; readonly file: string; readonly line: number; readonly draftLine: number; readonly text: string };

/** The tree of the view, asked of the server when VS Code shows it. */
class SourcesTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private overview: Promise<SourcesOverview> | undefined;
  private draftName: string | undefined;

  constructor(private readonly client: BaseLanguageClient) {}

  /** Forgets what the server said, so the next look asks again. */
  refresh(): void {
    this.overview = undefined;
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node === undefined) return this.groups(await this.current());
    switch (node.kind) {
      case 'group': {
        const overview = await this.current();
        if (node.group === 'sources') return overview.sources.map((source) => ({ kind: 'source', source }));
        if (node.group === 'skipped') return overview.skipped.map(({ path, reason }) => ({ kind: 'skipped', path, reason }));
        return (overview.citations ?? []).map((cited) => ({ kind: 'cited', cited }));
      }
      case 'source': {
        const params: SourceItemsParams = { file: node.source.file };
        const items = await this.client.sendRequest<ItemSummary[]>(SOURCE_ITEMS_METHOD, params);
        return items.map((item) => ({ kind: 'item', item }));
      }
      case 'cited':
        return node.cited.citations.map((c) => ({ kind: 'citation', file: node.cited.file, ...c }));
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(`${node.label} (${node.count})`, node.count > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
        item.contextValue = `sourced.${node.group}`;
        return item;
      }
      case 'source': {
        const { source } = node;
        const item = new vscode.TreeItem(source.title ?? baseName(source.file), source.facts + source.quotes > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.description = [source.byline, source.date, counts(source)].filter(Boolean).join(' · ');
        item.tooltip = [source.title, source.byline, source.date, source.file, counts(source)].filter(Boolean).join('\n');
        item.iconPath = new vscode.ThemeIcon('file-text');
        return item;
      }
      case 'item': {
        const { item: summary } = node;
        const text = summary.kind === 'quote' && summary.speaker ? `${summary.speaker}: ${summary.text}` : summary.text;
        const item = new vscode.TreeItem(shorten(text, LABEL_CHARS), vscode.TreeItemCollapsibleState.None);
        item.description = `line ${summary.line}`;
        item.tooltip = text;
        item.iconPath = new vscode.ThemeIcon(summary.kind === 'quote' ? 'quote' : 'symbol-number');
        item.command = openAt(summary.file, summary.line);
        return item;
      }
      case 'skipped': {
        const item = new vscode.TreeItem(node.path, vscode.TreeItemCollapsibleState.None);
        item.description = node.reason;
        item.tooltip = `${node.path}: ${node.reason}`;
        item.iconPath = new vscode.ThemeIcon('warning');
        return item;
      }
      case 'cited': {
        const { cited } = node;
        const item = new vscode.TreeItem(cited.title ?? baseName(cited.file), vscode.TreeItemCollapsibleState.Expanded);
        item.description = `${cited.citations.length} ${cited.citations.length === 1 ? 'citation' : 'citations'}`;
        item.tooltip = cited.file;
        item.iconPath = new vscode.ThemeIcon('references');
        return item;
      }
      case 'citation': {
        const item = new vscode.TreeItem(shorten(node.text, LABEL_CHARS), vscode.TreeItemCollapsibleState.None);
        item.description = `line ${node.line}`;
        item.tooltip = `Draft line ${node.draftLine} cites ${node.file}, line ${node.line}`;
        item.iconPath = new vscode.ThemeIcon('link');
        item.command = openAt(node.file, node.line);
        return item;
      }
    }
  }

  /** The overview, asked of the server once per refresh, with the active draft's text when one is open. */
  private current(): Promise<SourcesOverview> {
    this.overview ??= (async () => {
      const draft = activeDraft();
      this.draftName = draft ? baseName(draft.uri.path) : undefined;
      const params: SourcesOverviewParams = draft ? { draft: { uri: draft.uri.toString(), text: draft.getText() } } : {};
      return this.client.sendRequest<SourcesOverview>(SOURCES_OVERVIEW_METHOD, params);
    })();
    return this.overview;
  }

  /** The top-level groups; none while nothing is indexed or skipped, so the view's welcome text shows. */
  private groups(overview: SourcesOverview): Node[] {
    if (overview.sources.length === 0 && overview.skipped.length === 0) return [];
    const groups: Node[] = [{ kind: 'group', group: 'sources', label: 'Sources', count: overview.sources.length }];
    if (overview.skipped.length > 0) groups.push({ kind: 'group', group: 'skipped', label: 'Skipped', count: overview.skipped.length });
    if (overview.citations !== undefined && this.draftName !== undefined) {
      const count = overview.citations.reduce((n, c) => n + c.citations.length, 0);
      groups.push({ kind: 'group', group: 'citations', label: `Citations in ${this.draftName}`, count });
    }
    return groups;
  }
}

/** Registers the view; it follows the index (`indexChanged`) and the active draft. */
export function registerSourcesView(client: BaseLanguageClient, indexChanged: vscode.Event<IndexChangedParams>): vscode.Disposable {
  const tree = new SourcesTree(client);
  const view = vscode.window.createTreeView(SOURCES_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  let pending: ReturnType<typeof setTimeout> | undefined;
  const later = (): void => {
    if (pending !== undefined) clearTimeout(pending);
    pending = setTimeout(() => tree.refresh(), DRAFT_EDIT_DELAY_MS);
  };
  return vscode.Disposable.from(
    tree,
    view,
    vscode.commands.registerCommand(REFRESH_COMMAND, () => tree.refresh()),
    indexChanged(() => tree.refresh()),
    vscode.window.onDidChangeActiveTextEditor(() => tree.refresh()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document && isDraftLanguage(e.document.languageId)) later();
    }),
    { dispose: () => pending !== undefined && clearTimeout(pending) },
  );
}

/** True for a language Sourced treats as a draft (the `sourced.languages` setting). */
function isDraftLanguage(languageId: string): boolean {
  return draftLanguages().includes(languageId);
}

/** The active editor's document when it is a draft. */
function activeDraft(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && isDraftLanguage(document.languageId) ? document : undefined;
}

/** The command that opens an indexed source at a line. */
function openAt(file: string, line: number): vscode.Command {
  return { title: 'Open Source', command: OPEN_SOURCE_COMMAND, arguments: [{ file, line }] };
}

function counts(source: SourceSummary): string {
  return `${source.facts} ${source.facts === 1 ? 'fact' : 'facts'}, ${source.quotes} ${source.quotes === 1 ? 'quote' : 'quotes'}`;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
