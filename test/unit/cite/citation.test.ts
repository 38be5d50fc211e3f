import assert from 'node:assert/strict';
import { footnoteCitation, inlineCitation, pandocCitation, sourceKey } from '../../../src/core/cite/citation';
import { citationAt, parseCitations } from '../../../src/core/cite/parseCitations';

const target = { file: 'seeds/jia-kun-tai-automotive.txt', line: 5, metadata: { title: 'Jia-Kun-Tai [growth]', byline: 'Wang Yi', date: 'June 09, 2025' } };

describe('citation styles', () => {
  it('footnote: marker and definition with title, byline, date and a line link', () => {
    assert.deepEqual(footnoteCitation(target), {
      id: 'jia-kun-tai-automotive-5',
      marker: '[^jia-kun-tai-automotive-5]',
      definition: '[^jia-kun-tai-automotive-5]: Jia-Kun-Tai growth. By Wang Yi, June 09, 2025. [seeds/jia-kun-tai-automotive.txt:5](seeds/jia-kun-tai-automotive.txt#L5)',
    });
  });

  it('footnote without metadata, with a draft-relative link path', () => {
    assert.equal(footnoteCitation({ ...target, metadata: {} }, '../seeds/jia-kun-tai-automotive.txt').definition, '[^jia-kun-tai-automotive-5]: [../seeds/jia-kun-tai-automotive.txt:5](../seeds/jia-kun-tai-automotive.txt#L5)');
  });

  it('inline: a link to file#Lline, with spaces encoded', () => {
    assert.equal(inlineCitation(target), '([jia-kun-tai-automotive.txt:5](seeds/jia-kun-tai-automotive.txt#L5))');
    assert.equal(inlineCitation({ ...target, file: 'my sources/a (1).md' }), '([a (1).md:5](my%20sources/a%20%281%29.md#L5))');
  });

  it('pandoc: a key with a line locator', () => {
    assert.equal(pandocCitation(target), '[@jia-kun-tai-automotive, l. 5]');
    assert.equal(sourceKey('x/Report 2025 (Final).HTML'), 'report-2025-final');
  });
});

describe('parseCitations', () => {
  it('finds every style it writes, resolving footnote markers through their definitions', () => {
    const fn = footnoteCitation(target);
    const draft = `Kunshan made 65 billion yuan.${fn.marker} More ${inlineCitation({ ...target, file: 'my sources/a (1).md', line: 9 })} and ${pandocCitation(target)}.\n\n${fn.definition}\n`;
    const found = parseCitations(draft).map((c) => [c.kind, c.file, c.line, draft.slice(c.span.start, c.span.end).slice(0, 4)]);
    assert.deepEqual(found, [
      ['footnoteMarker', 'seeds/jia-kun-tai-automotive.txt', 5, '[^ji'],
      ['inline', 'my sources/a (1).md', 9, '[a ('],
      ['pandoc', 'jia-kun-tai-automotive', 5, '[@ji'],
      ['footnoteDefinition', 'seeds/jia-kun-tai-automotive.txt', 5, '[^ji'],
    ]);
    assert.equal(citationAt(draft, draft.indexOf('[^') + 3)?.kind, 'footnoteMarker');
    assert.equal(citationAt(draft, 3), undefined);
  });

  it('ignores ordinary links and unknown footnotes', () => {
    assert.deepEqual(parseCitations('See [the site](https://example.com/a#top) and [^nope].'), []);
  });
});
