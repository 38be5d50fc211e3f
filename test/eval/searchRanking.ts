/**
 * `npm run eval:search`: hit@1 and hit@5 of search on the tuning query set
 * (`test/unit/index/queries.json` over seeds/) and on the held-out set
 * (`queries-heldout.json` over seeds/, the evaluation sources and a city
 * archive), with each query's rank. `--ranks` prints every query.
 */
import { SourceIndex } from '../../src/core/index/sourceIndex';
import { heldoutInputs, loadQueries, measureRanking } from '../unit/index/ranking';
import { seedInputs } from '../unit/seeds';

const showRanks = process.argv.includes('--ranks');
const sets = [
  { name: 'queries.json (seeds/)', index: SourceIndex.build(seedInputs()), queries: loadQueries('test/unit/index/queries.json') },
  { name: 'queries-heldout.json (held out)', index: SourceIndex.build(heldoutInputs()), queries: loadQueries('test/unit/index/queries-heldout.json') },
];
for (const set of sets) {
  const figures = measureRanking(set.index, set.queries);
  console.log(`${set.name}: ${set.queries.length} queries, hit@1 ${figures.hitAt1.toFixed(3)}, hit@5 ${figures.hitAt5.toFixed(3)}`);
  for (const { query, rank } of figures.ranks) {
    if (showRanks || rank !== 0) console.log(`  ${rank < 0 ? 'miss' : `#${rank + 1}`}  ${query}`);
  }
}
