import * as assert from 'node:assert/strict';
import { generateCorpus, renderArticle, reviseArticle } from '../../../bench/corpus';
import { generateDraft, wordCount } from '../../../bench/draft';
import { generateQueries, matchesTarget, typo } from '../../../bench/queries';
import { Rng } from '../../../bench/prng';

/** Sentences of a rendered corpus that carry a digit, a quotation mark or a capitalised word after the first. */
function factLikeSentences(texts: readonly string[]): number {
  let n = 0;
  for (const text of texts) {
    const body = text.split('\n').slice(2).join(' ');
    // A quote may hold several sentences; count it once, as the generator does.
    const withoutQuotes = body.replace(/"[^"]*"[^"]*?(?:\.|$)/g, ' QUOTE. ');
    for (const sentence of withoutQuotes.split(/(?<=[.!?])\s+(?=[A-Z"])/)) {
      const words = sentence.trim().split(/\s+/).slice(1);
      if (/QUOTE|\d/.test(sentence) || words.some((w) => /^[A-Z][a-z]/.test(w))) n++;
    }
  }
  return n;
}

describe('bench corpus generator', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = generateCorpus({ facts: 500, seed: 3 });
    const b = generateCorpus({ facts: 500, seed: 3 });
    const c = generateCorpus({ facts: 500, seed: 4 });
    assert.deepEqual(a.inputs, b.inputs);
    assert.notDeepEqual(a.inputs.map((i) => i.text), c.inputs.map((i) => i.text));
  });

  for (const facts of [1_000, 10_000]) {
    it(`produces ${facts} facts within ±10%, counted independently from the rendered text`, () => {
      const corpus = generateCorpus({ facts });
      assert.ok(Math.abs(corpus.facts.length - facts) <= facts * 0.1, `generator says ${corpus.facts.length}`);
      const counted = factLikeSentences(corpus.inputs.map((i) => i.text));
      assert.ok(Math.abs(counted - facts) <= facts * 0.1, `text holds ${counted} fact-like sentences`);
    });
  }

  it('renders articles with a title, a byline, a date and 8–25 paragraphs', () => {
    for (const article of generateCorpus({ facts: 300 }).articles) {
      const text = renderArticle(article).text;
      assert.match(text.split('\n')[0] ?? '', /^[A-Z]\w+ /);
      assert.match(text, /^By [A-Z][a-z]+ [A-Z][a-z]+ +.*\d{4}$/m);
      const sentenceParagraphs = article.paragraphs.filter((p) => typeof p !== 'string').length;
      assert.ok(sentenceParagraphs >= 8 && sentenceParagraphs <= 25);
    }
  });

  it('writes quotes in all three attribution styles and numbers in several formats', () => {
    const text = generateCorpus({ facts: 2_000 }).inputs.map((i) => i.text).join('\n');
    assert.match(text, /," said [A-Z][a-z]+ [A-Z][a-z]+, [a-z]/);
    assert.match(text, /[A-Z][a-z]+ [A-Z][a-z]+, [a-z][^"]*, said: "/);
    assert.match(text, /," [A-Z][a-z]+ (noted|added|explained)\./);
    for (const format of [/\d+(\.\d+)? billion yuan/, /US\$\d/, /\d percent/, /\d,\d{3}-acre|\d,\d{3}-square/, /nearly \d/, / (three|seven|twelve) [a-z]/]) {
      assert.match(text, format);
    }
  });

  it('holds many distinct names at scale', () => {
    const text = generateCorpus({ facts: 10_000 }).inputs.map((i) => i.text).join('\n');
    const speakers = new Set([...text.matchAll(/said ([A-Z][a-z]+ [A-Z][a-z]+),/g)].map((m) => m[1]));
    assert.ok(speakers.size > 300, `only ${speakers.size} distinct speakers`);
  });

  it('revises one file: one number changes and one sentence is added', () => {
    const article = generateCorpus({ facts: 100 }).articles[0];
    assert.ok(article);
    const before = renderArticle(article).text;
    const after = renderArticle(reviseArticle(article, 1)).text;
    assert.notEqual(before, after);
    assert.ok(after.length > before.length);
  });
});

describe('bench query generator', () => {
  const corpus = generateCorpus({ facts: 5_000 });
  const queries = generateQueries(corpus.facts, 120);
  const texts = new Map(corpus.inputs.map((i) => [i.path, i.text]));

  it('makes the requested number of queries, of every kind, deterministically', () => {
    assert.equal(queries.length, 120);
    assert.deepEqual(new Set(queries.map((q) => q.kind)), new Set(['words', 'typo', 'prefix', 'shuffled', 'number', 'speaker']));
    assert.deepEqual(generateQueries(corpus.facts, 120), queries);
  });

  it('targets sentences that exist, once, in their file', () => {
    for (const q of queries) {
      const text = texts.get(q.path);
      assert.ok(text?.includes(q.target), `target missing from ${q.path}: ${q.target}`);
      assert.equal(corpus.facts.filter((f) => f.text === q.target).length, 1);
    }
  });

  it('types two to six short words, most of them from the target', () => {
    for (const q of queries) {
      const words = q.query.split(' ');
      assert.ok(words.length >= 2 && words.length <= 6, q.query);
      const found = words.filter((w) => q.target.toLowerCase().includes(w.toLowerCase()));
      if (q.kind !== 'typo' && q.kind !== 'speaker') assert.equal(found.length, words.length, `${q.kind}: ${q.query} ⟂ ${q.target}`);
    }
  });

  it('typo() makes exactly one slip in long words and leaves short ones', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 50; i++) {
      const slipped = typo(rng, 'automotive');
      assert.notEqual(slipped, 'automotive');
      assert.ok(Math.abs(slipped.length - 10) <= 1);
    }
    assert.equal(typo(rng, 'gdp'), 'gdp');
  });

  it('matchesTarget accepts the sentence or a part of it, and rejects others', () => {
    const target = '"We continue to focus on batteries," said Chen Huifen, director of the bureau.';
    assert.ok(matchesTarget(target, target));
    assert.ok(matchesTarget('We continue to focus on batteries,', target));
    assert.ok(!matchesTarget('Kunshan reported output of 65 billion yuan.', target));
  });
});

describe('bench draft generator', () => {
  it('writes at least 5,000 words from sentences with numbers', () => {
    const draft = generateDraft(generateCorpus({ facts: 1_000 }).facts, 5_000);
    assert.ok(wordCount(draft) >= 5_000 && wordCount(draft) < 5_300);
    assert.match(draft, /\d/);
  });
});
