// escapeMarkdown: source text must render literally in hovers and completion documentation.
import * as assert from 'assert';
import { escapeMarkdown } from '../../src/core/draft/markdown';

describe('escapeMarkdown', () => {
  it('backslash-escapes every character that Markdown or HTML could act on', () => {
    const special = '[]()<>`*_#!|\\&';
    const escaped = escapeMarkdown(special);
    assert.strictEqual(escaped, [...special].map((c) => `\\${c}`).join(''));
  });

  it('neutralises links, images, HTML, entities and command links', () => {
    const escaped = escapeMarkdown('See [x](command:workbench.action.quit) ![i](http://e/i.png) <script>alert(1)</script> &amp; *b*');
    assert.ok(!/(^|[^\\])\[/.test(escaped), escaped);
    assert.ok(!/(^|[^\\])</.test(escaped), escaped);
    assert.ok(!/(^|[^\\])&/.test(escaped), escaped);
    assert.ok(!/(^|[^\\])\*/.test(escaped), escaped);
  });

  it('folds line breaks, so source text cannot start a heading, list or quote block', () => {
    assert.strictEqual(escapeMarkdown('one\n# two\n\n- three'), 'one \\# two \\- three');
  });
});
