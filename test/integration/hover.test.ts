// Citation and number hovers, through vscode.executeHoverProvider.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activated, hoverMarkdown, openDraft } from './helpers';

/** The position just inside the first occurrence of `needle` in the document. */
function positionOf(document: vscode.TextDocument, needle: string, delta = 1): vscode.Position {
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not in ${document.uri.path}`);
  return document.positionAt(at + delta);
}

describe('hover', () => {
  before(activated);

  it('shows the cited passage, its source and an "Open source" link over a footnote marker', async () => {
    const { document } = await openDraft('drafts', 'cited.md');
    const { text, contents } = await hoverMarkdown(document, positionOf(document, '[^jia-kun-tai-automotive-5]'));
    assert.ok(contents.length > 0, 'no hover');
    assert.match(text, /\*\*Kunshan, dedicated to the development of automotive electronics, reported an automotive industry output of 65 billion yuan/);
    assert.ok(text.includes('seeds/jia-kun-tai-automotive.txt:5'), text);
    assert.ok(text.includes('Jiading, Kunshan and Taicang'), 'the title is shown');
    assert.ok(text.includes('command:sourced.openSource?'), 'the Open source link is there');
    for (const md of contents) {
      assert.notStrictEqual(md.isTrusted, true, 'hovers are never fully trusted');
      assert.notStrictEqual(md.supportHtml, true);
    }
  });

  it('shows the passage over the footnote definition too', async () => {
    const { document } = await openDraft('drafts', 'cited.md');
    const { text } = await hoverMarkdown(document, positionOf(document, '[^jia-kun-tai-automotive-5]:'));
    assert.ok(text.includes('seeds/jia-kun-tai-automotive.txt:5'), text);
  });

  it('escapes source text: links, HTML and emphasis in a source render literally', async () => {
    const { document } = await openDraft('drafts', 'cited.md');
    const { text } = await hoverMarkdown(document, positionOf(document, '[tricky-markup.txt:3]'));
    assert.ok(text.includes('sources/tricky-markup.txt:3'), text);
    assert.ok(text.includes('Harbour Authority'), text);
    assert.ok(!text.includes('[click me](command:'), 'a link in the source stays text');
    assert.ok(!/(^|[^\\])<img/.test(text), 'HTML in the source stays text');
    assert.ok(!/(^|[^\\])\*more/.test(text), 'emphasis in the source stays text');
  });

  it('shows the verdict and the passage over a number the sources support', async () => {
    const { document } = await openDraft('drafts', 'verdicts.md');
    const { text } = await hoverMarkdown(document, positionOf(document, '65bn yuan'));
    assert.match(text, /Supported/);
    assert.ok(text.includes('seeds/jia-kun-tai-automotive.txt:5'), text);
  });

  it('shows the verdict over a contradicted number', async () => {
    const { document } = await openDraft('drafts', 'verdicts.md');
    const { text } = await hoverMarkdown(document, positionOf(document, '56 billion yuan'));
    assert.match(text, /Contradicted/);
    assert.ok(text.includes('65 billion yuan'), text);
  });
});
