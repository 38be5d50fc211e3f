/**
 * "Insert Fact or Quote…": a QuickPick searched with the core's fuzzy
 * search as the writer types; the chosen item is inserted at the cursor
 * with its citation.
 */
import * as vscode from 'vscode';
import type { SourceIndex } from '../../core/index/sourceIndex';
import type { Item } from '../../core/model';
import { insertionFor } from '../cite';
import { shorten } from '../../core/draft/itemText';
import type { Services } from '../services';

/** The command id. */
export const INSERT_FACT_COMMAND = 'sourced.insertFact';

interface ItemPick extends vscode.QuickPickItem {
  readonly item: Item;
}

/** Registers the command. */
export function registerInsertFact(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(vscode.commands.registerCommand(INSERT_FACT_COMMAND, () => pickAndInsert(services)));
}

async function pickAndInsert(services: Services): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Sourced: open a draft to insert a fact or quote.');
    return false;
  }
  const picked = await pick(services, editor.document.getText(editor.selection));
  if (!picked) return false;
  const index = await services.sources.ready();
  const insertion = insertionFor(editor.document, picked, index, services.sources);
  return editor.edit((edit) => {
    edit.replace(editor.selection, insertion.text);
    for (const extra of insertion.additionalEdits) edit.insert(extra.range.start, extra.newText);
  });
}

/** Shows the picker; resolves to the chosen item, or undefined when dismissed. */
function pick(services: Services, initial: string): Promise<Item | undefined> {
  const quickPick = vscode.window.createQuickPick<ItemPick>();
  quickPick.title = 'Sourced: Insert Fact or Quote';
  quickPick.placeholder = 'Type words of the fact or quote (typos are fine)';
  quickPick.matchOnDescription = false;
  quickPick.matchOnDetail = false;
  let index: SourceIndex | undefined;
  const update = (): void => {
    if (!index) return;
    // Keep the core's ranking: VS Code must not filter or re-sort these items.
    quickPick.items = index.search(quickPick.value, { limit: 30 }).map(({ item }) => toPick(item));
  };
  quickPick.busy = true;
  quickPick.value = initial.trim();
  services.sources.ready().then(
    (built) => {
      index = built;
      quickPick.busy = false;
      update();
    },
    (e: unknown) => services.log.error(`indexing failed: ${String(e)}`),
  );
  return new Promise<Item | undefined>((resolve) => {
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

function toPick(item: Item): ItemPick {
  const who = item.kind === 'quote' && item.speaker ? ` — ${item.speaker}` : '';
  return {
    label: `${item.kind === 'quote' ? '$(quote)' : '$(book)'} ${shorten(item.kind === 'quote' ? `“${item.text}”` : item.text, 90)}${who}`,
    description: `${item.file}:${item.location.line}`,
    alwaysShow: true,
    item,
  };
}
