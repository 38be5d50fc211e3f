import assert from 'node:assert/strict';
import { citationsBySource, sourceSummaries } from '../../../src/core/index/overview';
import { SourceIndex } from '../../../src/core/index/sourceIndex';

const SOURCE = ['Harbour City Adds Two Tram Lines', 'By Ann Writer', '', 'The city opened two tram lines in 2025, its first since 1998.', '', '"Trams are back," said Mayor Lin Qiao.'].join('\n');

describe('sources overview (the Sources view)', () => {
  const index = SourceIndex.build([{ path: 'sources/trams.txt', text: SOURCE }, { path: 'sources/empty.md', text: 'Nothing here.' }]);

  it('lists each source with its title, byline and counts, by path', () => {
    const [empty, trams] = sourceSummaries(index);
    assert.equal(empty?.file, 'sources/empty.md');
    assert.deepEqual([trams?.file, trams?.title, trams?.byline], ['sources/trams.txt', 'Harbour City Adds Two Tram Lines', 'Ann Writer']);
    assert.ok((trams?.facts ?? 0) >= 1 && trams?.quotes === 1, JSON.stringify(trams));
  });

  it('groups a draft\'s citations by source, each with the sentence it follows, a footnote once at its marker', () => {
    const draft = [
      'Intro. The city opened two tram lines.[^trams-4] More text ([see](sources/trams.txt#L6)).',
      '',
      'Unknown ([x](sources/gone.md#L1)).',
      '',
      '[^trams-4]: [Harbour City](sources/trams.txt#L4)',
    ].join('\n');
    const grouped = citationsBySource(draft, index, (written) => [written]);
    assert.deepEqual(grouped, [
      {
        file: 'sources/trams.txt',
        title: 'Harbour City Adds Two Tram Lines',
        citations: [
          { line: 4, draftLine: 1, text: 'The city opened two tram lines.' },
          { line: 6, draftLine: 1, text: 'More text' },
        ],
      },
    ]);
  });
});
