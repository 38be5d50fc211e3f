/**
 * "Insert Fact or Quote…": a QuickPick that asks the server's fuzzy search
 * (`sourced/searchItems`) as the writer types; the chosen item is inserted at
 * the cursor with its citation, as the server writes it for this draft
 * (`sourced/itemInsertion`).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { shorten } from '../../core/draft/itemText';
import {
  ITEM_INSERTION_METHOD,
  SEARCH_ITEMS_METHOD,
  type ItemInsertionParams,
  type ItemInsertionResult,
  type ItemSummary,
  type SearchItemsParams,
  type SearchItemsResult,
} from '../../server/protocol';

/** The command id. */
export const INSERT_FACT_COMMAND = 'sourced.insertFact';
/** Items the picker lists. */
const PICK_LIMIT = 30;

interface ItemPick extends vscode.QuickPickItem {
  readonly item: ItemSummary;
}

/** Registers the command; it resolves to true when an item was inserted. */
export function registerInsertFact(client: BaseLanguageClient, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(INSERT_FACT_COMMAND, () => pickAndInsert(client, log));
}

async function pickAndInsert(client: BaseLanguageClient, log: vscode.LogOutputChannel): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Sourced: open a draft to insert a fact or quote.');
    return false;
  }
  const picked = await pick(client, log, editor.document.getText(editor.selection));
  if (!picked) return false;
  const { document } = editor;
  const params: ItemInsertionParams = { uri: document.uri.toString(), text: document.getText(), file: picked.file, start: picked.start };
  const insertion = await client.sendRequest<ItemInsertionResult>(ITEM_INSERTION_METHOD, params);
  if (!insertion) return false;
  return editor.edit((edit) => {
    edit.replace(editor.selection, insertion.text);
    for (const extra of insertion.additional) edit.insert(document.positionAt(extra.offset), extra.text);
  });
}

/** Shows the picker; resolves to the chosen item, or undefined when dismissed. */
function pick(client: BaseLanguageClient, log: vscode.LogOutputChannel, initial: string): Promise<ItemSummary | undefined> {
  const quickPick = vscode.window.createQuickPick<ItemPick>();
  quickPick.title = 'Sourced: Insert Fact or Quote';
  quickPick.placeholder = 'Type words of the fact or quote (typos are fine)';
  quickPick.matchOnDescription = false;
  quickPick.matchOnDetail = false;
  let asked = 0;
  const update = (): void => {
    const query = quickPick.value;
    const ticket = ++asked;
    quickPick.busy = true;
    client.sendRequest<SearchItemsResult>(SEARCH_ITEMS_METHOD, { query, limit: PICK_LIMIT } satisfies SearchItemsParams).then(
      (items) => {
        if (ticket !== asked) return; // a newer query is on its way
        // Keep the server's ranking: VS Code must not filter or re-sort these items.
        quickPick.items = items.map(toPick);
        quickPick.busy = false;
      },
      (e: unknown) => log.error(`searching the sources failed: ${String(e)}`),
    );
  };
  quickPick.value = initial.trim();
  update();
  return new Promise<ItemSummary | undefined>((resolve) => {
    const disposables = [
      quickPick.onDidChangeValue(update),
      quickPick.onDidAccept(() => {
        const picked = quickPick.selectedItems[0] ?? quickPick.activeItems[0];
        if (!picked) return; // nothing to insert yet (still loading, or no match): keep the picker open
        resolve(picked.item);
        quickPick.hide();
      }),
      quickPick.onDidHide(() => {
        resolve(undefined);
        for (const d of disposables) d.dispose();
        quickPick.dispose();
      }),
    ];
    quickPick.show();
  });
}

function toPick(item: ItemSummary): ItemPick {
  const who = item.kind === 'quote' && item.speaker ? ` — ${item.speaker}` : '';
  return {
    label: `${item.kind === 'quote' ? '$(quote)' : '$(book)'} ${shorten(item.kind === 'quote' ? `“${item.text}”` : item.text, 90)}${who}`,
    description: `${item.file}:${item.line}`,
    alwaysShow: true,
    item,
  };
}
