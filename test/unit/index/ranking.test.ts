import assert from 'node:assert/strict';
import { SourceIndex } from '../../../src/core/index/sourceIndex';
import type { SourceInput } from '../../../src/core/model';
import { seedInputs } from '../seeds';
import { heldoutInputs, loadQueries, measureRanking } from './ranking';

/** A small city archive: every article names Oldcastle, and each title carries its article's topic. */
const ARCHIVE: SourceInput[] = [
  {
    path: 'archive/trams.txt',
    text: [
      'Oldcastle Adds Two Tram Lines',
      'By Ann Reed',
      'Oldcastle council approved the eastern routes on Tuesday by 30 votes to 9.',
      'The two routes will cost 410 million euros and open in 2028.',
      '"The east of Oldcastle has waited twenty years for this," said Grace Long, who chairs the transport committee.',
    ].join('\n\n'),
  },
  {
    path: 'archive/library.txt',
    text: [
      'Oldcastle Library Budget Cut by 12 Percent',
      'By Tom Hale',
      'Oldcastle libraries will receive 8.4 million euros in 2026.',
      'The new reading room will cost 2 million euros, Oldcastle officials said.',
      'Every one of the 17 Oldcastle branches will stay open, at least three days a week.',
    ].join('\n\n'),
  },
  {
    path: 'archive/port.txt',
    text: [
      'Oldcastle Port Handles Record Cargo',
      'By Ann Reed',
      'Oldcastle port handled 1.34 million containers in 2024, up 4 percent.',
      'The ferry to Brennick carried 412,000 passengers, a record.',
      'Oldcastle expects a long wait for its 120 million euro quay, due in 2031.',
    ].join('\n\n'),
  },
  {
    path: 'archive/schools.txt',
    text: [
      'Oldcastle Pupils Post Best Results',
      'By Tom Hale',
      'In Oldcastle, 71.3 percent of pupils passed at least five subjects in 2025.',
      'Every Oldcastle school will get 3 more teachers in 2026.',
    ].join('\n\n'),
  },
];

describe('Search ranking', () => {
  const archive = SourceIndex.build(ARCHIVE);
  const top = (query: string): string => archive.search(query, { limit: 5 })[0]?.item.text ?? '';

  it('does not let a word on every document decide the top item: "oldcastle fery" finds the ferry', () => {
    assert.match(top('oldcastle fery'), /ferry to Brennick/);
  });

  it('lets a rare misspelt word outweigh a common name that its passage lacks', () => {
    assert.match(top('oldcastle pasengers'), /412,000 passengers/);
  });

  it("lifts a passage to first by its document's title: \"tram cost\" finds the cost of the tram lines", () => {
    assert.match(top('tram cost'), /410 million euros/);
  });

  it('prefers a query word in the passage to the same word only in its title', () => {
    assert.match(top('library 8.4 million'), /8\.4 million euros/);
    assert.match(top('library cost'), /reading room will cost/);
  });

  it('finds the quotes of a speaker whose surname is also an English word', () => {
    const first = archive.search('grace long', { limit: 3 })[0]?.item;
    assert.equal(first?.kind, 'quote');
    assert.equal(first?.kind === 'quote' ? first.speaker : undefined, 'Grace Long');
  });

  it('forgets a removed document\'s title', () => {
    const local = SourceIndex.build(ARCHIVE);
    local.removeFile('archive/trams.txt');
    assert.ok(local.search('tram cost', { limit: 5 }).every((r) => r.item.file !== 'archive/trams.txt'));
    local.updateFile(ARCHIVE[0] as SourceInput);
    assert.match(local.search('tram cost', { limit: 1 })[0]?.item.text ?? '', /410 million euros/);
  });

  it('keeps hit@1 and hit@5 on queries.json at the level reached (0.91 and 1.00)', () => {
    const figures = measureRanking(SourceIndex.build(seedInputs()), loadQueries('test/unit/index/queries.json'));
    const misses = figures.ranks.filter((r) => r.rank !== 0).map((r) => `${r.query} (${r.rank})`);
    assert.ok(figures.hitAt1 >= 0.91, `hit@1 ${figures.hitAt1.toFixed(3)}; not first: ${misses.join(' | ')}`);
    assert.equal(figures.hitAt5, 1, `not in the top 5: ${misses.join(' | ')}`);
  });

  it('keeps hit@1 and hit@5 on the held-out query set above floors set below the measured figures', () => {
    const figures = measureRanking(SourceIndex.build(heldoutInputs()), loadQueries('test/unit/index/queries-heldout.json'));
    assert.ok(figures.hitAt1 >= HELDOUT_HIT1_FLOOR, `hit@1 ${figures.hitAt1.toFixed(3)}`);
    assert.ok(figures.hitAt5 >= HELDOUT_HIT5_FLOOR, `hit@5 ${figures.hitAt5.toFixed(3)}`);
  });
});

/** Floors for the held-out set, below what was measured after the ranking change (the set is not tuned to). */
const HELDOUT_HIT1_FLOOR = 0.7;
const HELDOUT_HIT5_FLOOR = 0.9;
