import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../../../src/core/check/checkDraft';
import { reviewDraft } from '../../../src/core/check/reviewDraft';
import { findingFixes } from '../../../src/core/draft/quickFixes';
import { SourceIndex } from '../../../src/core/index/sourceIndex';
import { checkQuotations } from '../../../src/core/quote/checkQuotations';
import { AUTOMOTIVE, REPO_ROOT, seedInputs } from '../seeds';

const index = SourceIndex.build(seedInputs());
const quotations = (draft: string, reportUnsourced = false): Finding[] => checkQuotations(draft, index.passages, { reportUnsourced });
const codes = (draft: string, reportUnsourced = false): string[] => quotations(draft, reportUnsourced).map((f) => f.code);

/** Chen Huifen's words on line 8 of the automotive seed. */
const CHEN = 'This represents a perfect integration of scientific and technological innovation with advanced manufacturing';
const ISSUE_DRAFT =
  'Chen Huifen, deputy director of the Jiading District Development and Reform Commission, said: "This represents a partial integration of scientific and technological innovation with advanced manufacturing."';

describe('quotation check: allowed differences give no finding', () => {
  const allowed: [string, string][] = [
    ['the exact words, straight marks', `Chen Huifen said: "${CHEN}."`],
    ['curly marks', `Chen Huifen said: “${CHEN}.”`],
    ['the final full stop outside the marks', `Chen Huifen said: "${CHEN}".`],
    ['a comma inside the marks', `"${CHEN}," said Chen Huifen.`],
    ['the first letter in lower case', `Chen Huifen said it was "${CHEN.charAt(0).toLowerCase()}${CHEN.slice(1)}".`],
    ['extra whitespace and a line break', `Chen Huifen said: "This represents  a perfect\nintegration of scientific and technological innovation with advanced manufacturing."`],
    ['an ellipsis character for left-out words', 'Chen Huifen said: "This represents a perfect integration … with advanced manufacturing."'],
    ['three dots for left-out words', 'Chen Huifen said: "This represents a perfect integration of scientific ... innovation with advanced manufacturing."'],
    ['a bracketed ellipsis', 'Chen Huifen said: "This represents a perfect integration […] with advanced manufacturing."'],
    ['a bracketed insertion in place of a word', 'Chen Huifen said: "[Jiading] represents a perfect integration of scientific and technological innovation with advanced manufacturing."'],
    ['a bracketed insertion of new words', 'Chen Huifen said: "This represents a perfect integration of scientific and technological innovation with advanced manufacturing [in the district]."'],
    ['a quotation that starts mid-sentence', 'Chen Huifen called it "a perfect integration of scientific and technological innovation".'],
    ['an ellipsis across two of her clauses', 'Chen Huifen said: "This represents a perfect integration … here, high-end R&D platforms and advanced manufacturing bases are creating powerful synergies."'],
    ['no speaker named', `One official put it this way: "${CHEN}."`],
    ['words from narration, not a quote', 'The article notes that "the three areas have joined strengths to build cross-regional industrial and supply chains".'],
  ];
  for (const [name, draft] of allowed) {
    it(name, () => assert.deepEqual(quotations(draft), []));
  }
});

describe('quotation check: refused differences are misquotes', () => {
  const refused: [string, string, string][] = [
    ['a changed word', `Chen Huifen said: "This represents a partial integration of scientific and technological innovation with advanced manufacturing."`, '~~partial~~ **perfect**'],
    ['an added word', `Chen Huifen said: "This represents a truly perfect integration of scientific and technological innovation with advanced manufacturing."`, '~~truly~~'],
    ['a left-out word without an ellipsis', `Chen Huifen said: "This represents a perfect integration of scientific and technological innovation with manufacturing."`, '**advanced**'],
    ['a capital mid-quotation that the source does not have', `Chen Huifen said: "This represents a Perfect integration of scientific and technological innovation with advanced manufacturing."`, '~~Perfect~~ **perfect**'],
    ['a changed number', 'Wu Xiaodong said the area "covers a network of test roads totaling nearly 50 kilometers in length".', '~~50~~ **30**'],
  ];
  for (const [name, draft, marked] of refused) {
    it(name, () => {
      const found = quotations(draft);
      assert.deepEqual(
        found.map((f) => f.code),
        ['misquote'],
      );
      assert.ok(found[0]!.message.includes(marked), found[0]!.message);
    });
  }
});

describe('quotation check: the issue’s example', () => {
  it('gives a misquote on the quoted words with the source’s words marked, its file, line and speaker', () => {
    const [f, ...rest] = quotations(ISSUE_DRAFT);
    assert.equal(rest.length, 0);
    assert.equal(f!.code, 'misquote');
    assert.equal(f!.severity, 'warning');
    assert.equal(ISSUE_DRAFT.slice(f!.span.start, f!.span.end), 'This represents a partial integration of scientific and technological innovation with advanced manufacturing.');
    assert.equal(
      f!.message,
      `Misquote: the source says «This represents a ~~partial~~ **perfect** integration of scientific and technological innovation with advanced manufacturing» (${AUTOMOTIVE}:8, Chen Huifen)`,
    );
    assert.deepEqual({ file: f!.source!.file, line: f!.source!.line, column: f!.source!.column }, { file: AUTOMOTIVE, line: 8, column: 2 });
  });

  it('offers "Restore the source\'s words", which puts the source’s words in place and keeps the draft’s full stop', () => {
    const f = quotations(ISSUE_DRAFT)[0]!;
    assert.equal(f.expectedValueText, `${CHEN}.`);
    const fixes = findingFixes(ISSUE_DRAFT, f.span, f, 'inline', () => ({ text: '(cite)' }));
    assert.deepEqual(
      fixes.map((x) => [x.title, x.preferred]),
      [
        ["Restore the source's words", true],
        ["Restore the source's words and cite", false],
        ['Ignore this quotation here', false],
      ],
    );
    const edit = fixes[0]!.edits[0]!;
    const fixed = ISSUE_DRAFT.slice(0, edit.start) + edit.newText + ISSUE_DRAFT.slice(edit.end);
    assert.equal(fixed, ISSUE_DRAFT.replace('partial', 'perfect'));
    assert.deepEqual(quotations(fixed), []);
  });

  it('restores around the draft’s ellipsis and keeps the ellipsis', () => {
    const draft = 'Chen Huifen said: "This represents a partial integration … with advanced manufacturing."';
    const f = quotations(draft)[0]!;
    assert.equal(f.expectedValueText, 'This represents a perfect integration … with advanced manufacturing.');
  });

  it('shortens a long quotation to the words around the change', () => {
    const draft =
      '"Our core competitiveness lies in our \'full-scenario road condition simulation system.\' As Shanghai\'s only comprehensive passenger vehicle test ground, the nearly 3,000-acre testing area covers a network of test roads totaling nearly 30 kilometers in length, including nearly 70 typical road types, forming a complete test scenario library covering everything from daily commutes to extreme weather," explained Wu Xiaodong.';
    const f = quotations(draft)[0]!;
    assert.equal(f.code, 'misquote');
    assert.match(f.message, /^Misquote: the source says «… [^…]*daily commutes to extreme ~~weather~~ \*\*environments\*\*» \(/u);
  });
});

describe('quotation check: misattribution', () => {
  it('names the source’s speaker when the words are another person’s', () => {
    const draft = `"${CHEN}," said Wu Xiaodong.`;
    const found = quotations(draft);
    assert.deepEqual(
      found.map((f) => f.code),
      ['misattributed'],
    );
    assert.equal(found[0]!.message, `Misattributed: ${AUTOMOTIVE}:8 gives these words to Chen Huifen, not Wu Xiaodong`);
    assert.equal(found[0]!.expected, 'Chen Huifen');
    assert.equal(found[0]!.expectedValueText, undefined);
  });

  it('accepts the speaker’s surname alone, and a pronoun for the person just named', () => {
    assert.deepEqual(quotations(`"${CHEN}," Chen said.`), []);
    assert.deepEqual(quotations(`Chen Huifen, deputy director, spoke last. "${CHEN}," she said.`), []);
  });

  it('resolves "he said" to the person introduced earlier in the same paragraph, not to one named before it', () => {
    const draft =
      'Xu Dongdong, head of the company\'s operations department, spoke first.\n\n' +
      'Wang Tianchi, a scholar from Shanghai University, pointed out that the mechanisms still differ. "We hope that the government can build a \'trustworthy data space\' in the region," he said.';
    assert.deepEqual(quotations(draft), []);
  });

  it('resolves a pronoun-attributed source quote to its speaker (Wang Tianchi, line 22)', () => {
    const found = quotations('"This will make data more visible, manageable and transferable," said Xu Dongdong.');
    assert.deepEqual(
      found.map((f) => [f.code, f.expected]),
      [['misattributed', 'Wang Tianchi']],
    );
  });

  it('reports both when the words are changed and another person said them', () => {
    const found = quotations('"This represents a partial integration of scientific and technological innovation with advanced manufacturing," said Wu Xiaodong.');
    assert.deepEqual(found.map((f) => f.code).sort(), ['misattributed', 'misquote']);
  });
});

describe('quotation check: edge cases', () => {
  it('a quotation split by "he said" is checked as one, and the fix goes to the part that differs', () => {
    const draft = '"This represents a perfect integration," Chen said, "of scientific and technical innovation with advanced manufacturing."';
    const found = quotations(draft);
    assert.deepEqual(
      found.map((f) => f.code),
      ['misquote'],
    );
    assert.equal(draft.slice(found[0]!.span.start, found[0]!.span.end), 'of scientific and technical innovation with advanced manufacturing.');
    assert.equal(found[0]!.expectedValueText, 'of scientific and technological innovation with advanced manufacturing.');
    assert.deepEqual(quotations(draft.replace('technical', 'technological')), []);
  });

  it('the second part of a split quotation takes the speaker of the first', () => {
    const draft = '"This represents a perfect integration," Wu Xiaodong said, "of scientific and technological innovation with advanced manufacturing."';
    assert.deepEqual(
      quotations(draft).map((f) => [f.code, f.expected]),
      [['misattributed', 'Chen Huifen']],
    );
  });

  it('a nested quote with single marks inside double ones', () => {
    const draft = 'Wu Xiaodong said: "Our core competitiveness lies in our \'full-scenario road condition simulation system.\'"';
    assert.deepEqual(quotations(draft), []);
    assert.deepEqual(
      codes('Wu Xiaodong said: "Our core competitiveness lies in our \'full-scenario road traffic simulation system.\'"'),
      ['misquote'],
    );
  });

  it('a nested curly quote inside a curly quote stays one quotation', () => {
    assert.deepEqual(quotations('Wu Xiaodong said: “Our core competitiveness lies in our “full-scenario road condition simulation system.””'), []);
    assert.deepEqual(codes('Wu Xiaodong said: “Our core competitiveness lies in our “full-scenario road traffic simulation system.””'), ['misquote']);
  });

  it('a paraphrase without quotation marks gives no finding', () => {
    assert.deepEqual(quotations('Chen Huifen said this is a partial integration of scientific and technological innovation with advanced manufacturing.'), []);
  });

  it('a scare quote of one or two words is no misquote, even when a near word is in the source', () => {
    assert.deepEqual(quotations('The tracks give cars "check-ups" and "diagnostics" every day.'), []);
    assert.deepEqual(
      quotations('The tracks give cars "check-ups" and "diagnostics" every day.', true).map((f) => f.claimed),
      ['diagnostics'],
    );
  });

  it('a scare quote absent from every source is reported only when asked', () => {
    assert.deepEqual(codes('It is a "zorblax moment" for the region.'), []);
    assert.deepEqual(codes('It is a "zorblax moment" for the region.', true), ['unsourced-quote']);
  });

  it('a quotation no source holds is an unsourced-quote hint, only when asked', () => {
    const draft = '"We will put a battery plant on the moon by next spring," said Xu Dongdong.';
    assert.deepEqual(codes(draft), []);
    const found = quotations(draft, true);
    assert.deepEqual(
      found.map((f) => [f.code, f.severity]),
      [['unsourced-quote', 'hint']],
    );
  });

  it('a short title-like quotation sharing one word with a source is no misquote', () => {
    assert.deepEqual(quotations('Officials call it "the new normal" now.'), []);
  });

  it('a quotation on a line marked <!-- sourced-ignore --> is not checked', () => {
    assert.deepEqual(quotations(`${ISSUE_DRAFT} <!-- sourced-ignore -->`), []);
  });

  it('the words of a Markdown link inside a quotation are compared like any other', () => {
    assert.deepEqual(quotations('Chen Huifen said: "This represents a [perfect integration](https://example.com) of scientific and technological innovation with advanced manufacturing."'), []);
    assert.deepEqual(codes('Chen Huifen said: "This represents a [partial integration](https://example.com) of scientific and technological innovation with advanced manufacturing."'), ['misquote']);
  });

  it('quotation marks in code, link titles and front matter are not quotations', () => {
    assert.deepEqual(quotations('Run `echo "This represents a partial integration of scientific and technological innovation"` to see.'), []);
  });
});

describe('quotation check: numbers inside quotations', () => {
  it('a wrong number inside a quotation is a contradiction like any other (and the quotation a misquote)', () => {
    const draft = 'Wu Xiaodong said the track has "a network of test roads totaling nearly 50 kilometers in length".';
    const found = reviewDraft(draft, index);
    assert.deepEqual(
      found.map((f) => [f.code, f.claimed]),
      [
        ['misquote', 'a network of test roads totaling nearly 50 kilometers in length'],
        ['contradiction', 'nearly 50 kilometers'],
      ],
    );
    assert.equal(found[1]!.expected, 'nearly 30 kilometers');
  });

  it('a quotation alone on its line, with the number, is still checked', () => {
    const found = reviewDraft('"a network of test roads totaling nearly 50 kilometers in length"\n', index);
    assert.ok(found.some((f) => f.code === 'contradiction' && f.expected === 'nearly 30 kilometers'));
  });
});

describe('quotation check: the eval drafts', () => {
  const dirs = ['test/eval/drafts', 'test/eval/holdout/drafts'];
  /** The quotations the eval labels as changed on purpose (category quote-changed), by draft file. */
  const changedOnPurpose = (dir: string): Map<string, string[]> => {
    const labels = JSON.parse(readFileSync(path.join(REPO_ROOT, dir, '..', 'labels.json'), 'utf8')) as { draft: string; mention: string; category: string }[];
    const out = new Map<string, string[]>();
    for (const l of labels.filter((x) => x.category === 'quote-changed')) out.set(path.basename(l.draft), [...(out.get(path.basename(l.draft)) ?? []), l.mention]);
    return out;
  };
  const sourcesOf = (dir: string): SourceIndex => {
    const sourceDir = path.join(REPO_ROOT, dir, '..', 'sources');
    const inputs = readdirSync(sourceDir).map((f) => ({ path: f, text: readFileSync(path.join(sourceDir, f), 'utf8') }));
    return SourceIndex.build([...seedInputs(), ...inputs]);
  };
  it('flags the quotation the holdout set changed on purpose ("high 40s" for the CFO’s "mid-40s")', () => {
    const dir = 'test/eval/holdout/drafts';
    const found = checkQuotations(readFileSync(path.join(REPO_ROOT, dir, '04-corvane-guidance-note.md'), 'utf8'), sourcesOf(dir).passages);
    assert.deepEqual(
      found.map((f) => [f.code, f.claimed, f.expectedValueText]),
      [['misquote', 'high 40s', 'mid-40s']],
    );
  });
  for (const dir of dirs) {
    it(`finds no misquote or misattribution in the correct quotations of ${dir}, only in those its labels changed`, () => {
      const sources = sourcesOf(dir);
      const changed = changedOnPurpose(dir);
      for (const file of readdirSync(path.join(REPO_ROOT, dir))) {
        const found = checkQuotations(readFileSync(path.join(REPO_ROOT, dir, file), 'utf8'), sources.passages);
        const wrong = found.filter((f) => !(changed.get(file) ?? []).some((mention) => f.claimed.includes(mention)));
        assert.deepEqual(
          wrong.map((f) => `${f.code}: ${f.message}`),
          [],
          file,
        );
      }
    });
  }
});
