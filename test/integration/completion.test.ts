// Fact and quote completion, through vscode.executeCompletionItemProvider.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { acceptCompletion, activated, endOfLine, insertTextOf, lineOf, openDraft, sourcedCompletions, withSetting } from './helpers';

const KUNSHAN =
  'Kunshan, dedicated to the development of automotive electronics, reported an automotive industry output of 65 billion yuan, a year-on-year increase of 1.5 percent.';
const FOOTNOTE_ID = 'jia-kun-tai-automotive-5';
const DEFINITION = `[^${FOOTNOTE_ID}]: Jiading, Kunshan and Taicang Play Pivotal Roless in Yangtze Delta's Growth. [../seeds/jia-kun-tai-automotive.txt:5](../seeds/jia-kun-tai-automotive.txt#L5)`;

describe('completion', () => {
  before(activated);

  it('ranks the Kunshan fact in the top 3 for "kunshan autmotive", keeping the ranking through sortText and filterText', async () => {
    const { document } = await openDraft('drafts', 'completion.md');
    const line = lineOf(document, 'kunshan autmotive');
    const items = await sourcedCompletions(document, endOfLine(document, line));
    const rank = items.findIndex((i) => insertTextOf(i).startsWith(KUNSHAN));
    assert.ok(rank >= 0 && rank < 3, `Kunshan fact ranked ${rank} among ${items.map((i) => insertTextOf(i).slice(0, 40)).join(' | ')}`);
    const item = items[rank]!;
    assert.strictEqual(item.filterText, 'kunshan autmotive');
    assert.ok(item.range instanceof vscode.Range && item.range.start.character === 0, 'the item replaces the query words');
    const label = typeof item.label === 'string' ? item.label : item.label.label;
    assert.ok(KUNSHAN.startsWith(label.replace(/…$/, '')), `label "${label}" is not the shortened sentence`);
    assert.match(item.detail ?? '', /seeds\/jia-kun-tai-automotive\.txt:5$/);
    const doc = item.documentation;
    assert.ok(doc instanceof vscode.MarkdownString && doc.value.includes('Kunshan, dedicated'), 'documentation shows the passage');
    assert.notStrictEqual(doc.isTrusted, true);
  });

  it('inserts the fact with a footnote marker and adds the definition at the end, once', async () => {
    const { document } = await openDraft('drafts', 'completion.md');
    const line = lineOf(document, 'kunshan autmotive');
    const at = endOfLine(document, line);
    const item = (await sourcedCompletions(document, at)).find((i) => insertTextOf(i).startsWith(KUNSHAN));
    assert.ok(item);
    await acceptCompletion(document, item, at);
    assert.strictEqual(document.lineAt(line).text, `${KUNSHAN}[^${FOOTNOTE_ID}]`);
    assert.strictEqual(document.lineAt(line + 1).text, 'This line stays below the completion.');
    assert.ok(document.getText().endsWith(`This line stays below the completion.\n\n${DEFINITION}\n`), document.getText());

    // A second citation of the same passage reuses the definition.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(line + 1, 0), 'kunshan automotive electronics\n');
    await vscode.workspace.applyEdit(edit);
    const again = (await sourcedCompletions(document, endOfLine(document, line + 1))).find((i) => insertTextOf(i).startsWith(KUNSHAN));
    assert.ok(again);
    assert.deepStrictEqual(again.additionalTextEdits ?? [], []);
    await acceptCompletion(document, again, endOfLine(document, line + 1));
    assert.strictEqual(document.getText().split(`[^${FOOTNOTE_ID}]:`).length, 2, 'the definition appears exactly once');
  });

  it('opens at once after the trigger "@@" and removes the trigger on accept', async () => {
    const { document } = await openDraft('drafts', 'trigger.md');
    const line = lineOf(document, 'Kunshan automotive output @@');
    const at = endOfLine(document, line);
    const items = await sourcedCompletions(document, at, '@');
    const item = items.find((i) => insertTextOf(i).startsWith(KUNSHAN));
    assert.ok(item, `no Kunshan item after the trigger (got ${items.length} items)`);
    await acceptCompletion(document, item, at);
    assert.strictEqual(document.lineAt(line).text, `Kunshan automotive output ${KUNSHAN}[^${FOOTNOTE_ID}]`);

    const single = document.lineAt(line + 1).range.end;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, single, ' @');
    await vscode.workspace.applyEdit(edit);
    const none = await sourcedCompletions(document, document.lineAt(line + 1).range.end, '@');
    assert.strictEqual(none.length, 0, 'a single "@" does not open the list');
  });

  it('cites inline when sourced.citationStyle is "inline", with a link relative to the draft', async () => {
    await withSetting('citationStyle', 'inline', async () => {
      const { document } = await openDraft('drafts', 'styles.md');
      const items = await sourcedCompletions(document, endOfLine(document, lineOf(document, 'kunshan autmotive')));
      const item = items.find((i) => insertTextOf(i).startsWith(KUNSHAN.slice(0, -1)));
      assert.ok(item);
      assert.strictEqual(insertTextOf(item), `${KUNSHAN.slice(0, -1)} ([jia-kun-tai-automotive.txt:5](../seeds/jia-kun-tai-automotive.txt#L5)).`);
      assert.deepStrictEqual(item.additionalTextEdits ?? [], []);
    });
  });

  it('inserts quotes in curly quotation marks with the speaker', async () => {
    const { document } = await openDraft('drafts', 'styles.md');
    const items = await sourcedCompletions(document, endOfLine(document, lineOf(document, 'chen huifen perfect integration')));
    const quote = items[0];
    assert.ok(quote && quote.detail?.startsWith('Quote'), `the first item is not a quote: ${quote?.detail}`);
    assert.match(
      insertTextOf(quote),
      /^Chen Huifen, deputy director of the Jiading District Development and Reform Commission, said: “This represents a perfect integration of [^“”]+”\[\^jia-kun-tai-automotive-\d+\]$/,
    );
  });
});
