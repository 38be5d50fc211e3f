import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { SourceIndex } from '../../../src/core/index/sourceIndex';
import { REPO_ROOT, seedInputs } from '../seeds';

interface QueryCase {
  query: string;
  expect: string;
}

const queries = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/unit/index/queries.json'), 'utf8')) as QueryCase[];

describe('SourceIndex.search on seeds/', () => {
  const index = SourceIndex.build(seedInputs());
  const rankOf = (q: QueryCase) => index.search(q.query, { limit: 5 }).findIndex((r) => r.item.text.includes(q.expect));

  it('has a query set of at least 30 queries with typos, partial words, speakers and numbers', () => {
    assert.ok(queries.length >= 30);
  });

  it('ranks the intended sentence in the top 5 for at least 95% of the query set', () => {
    const misses = queries.filter((q) => rankOf(q) < 0);
    const hitRate = 1 - misses.length / queries.length;
    assert.ok(hitRate >= 0.95, `hit rate ${hitRate.toFixed(3)}; misses: ${misses.map((m) => m.query).join(' | ')}`);
  });

  it('ranks the Kunshan fact first for "kunshan autmotive"', () => {
    assert.equal(rankOf({ query: 'kunshan autmotive', expect: 'Kunshan, dedicated' }), 0);
  });

  it('finds a quote by its speaker and returns it as a quote with location', () => {
    const top = index.search('Xu Dongdong batteries', { limit: 3 })[0]!;
    assert.equal(top.item.kind, 'quote');
    assert.equal(top.item.kind === 'quote' && top.item.speaker, 'Xu Dongdong');
    assert.equal(top.item.location.line, 12);
  });

  it('never offers the same passage twice (a quote and its sentence)', () => {
    const results = index.search('perfect integration scientific', { limit: 10 });
    const chen = results.filter((r) => r.item.text.includes('perfect integration'));
    assert.equal(chen.length, 1);
  });

  it('returns nothing for a query of stopwords or unknown words', () => {
    assert.deepEqual(index.search('the of and', { limit: 5 }), []);
    assert.deepEqual(index.search('zzyzx qwxv', { limit: 5 }), []);
  });

  it('updates and removes one file at a time', () => {
    const local = SourceIndex.build(seedInputs());
    local.updateFile({ path: 'extra.txt', text: 'Extra\nThe Zorbland ferry carried 4,321 passengers in May.\n' });
    assert.equal(local.search('zorbland ferry', { limit: 1 })[0]?.item.file, 'extra.txt');
    local.updateFile({ path: 'extra.txt', text: 'Extra\nThe Quillport bridge opened in June.\n' });
    assert.equal(local.search('zorbland ferry', { limit: 1 }).length, 0);
    assert.equal(local.search('quillport bridge', { limit: 1 })[0]?.item.file, 'extra.txt');
    local.removeFile('extra.txt');
    assert.equal(local.search('quillport bridge', { limit: 1 }).length, 0);
    assert.equal(local.fileCount, 2);
  });

  it('builds the same index asynchronously', async () => {
    const built = await SourceIndex.buildAsync(seedInputs(), { budgetMs: 1 });
    assert.equal(built.facts.length, index.facts.length);
    assert.equal(built.quotes.length, index.quotes.length);
  });
});

describe('SourceIndex: table rows', () => {
  it('finds a table row by its column header, which says what the row’s bare numbers are', () => {
    const index = SourceIndex.build([
      {
        path: 'seeds/league.md',
        text: ['# Final table', '', '| Pos | Club | Played | Goals |', '|---:|---|---:|---:|', '| 4 | Mirefield United | 38 | 57 |', '| 5 | Ossett Cross | 38 | 49 |', ''].join('\n'),
      },
    ]);
    const rows = index.search('goals', { limit: 5 }).map((r) => r.item.text);
    assert.ok(rows.some((text) => text.includes('Mirefield United')), `rows found: ${JSON.stringify(rows)}`);
  });
});
