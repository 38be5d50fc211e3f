import assert from 'node:assert/strict';
import { extractItems } from '../../../src/core/extract/items';
import { readSource } from '../../../src/core/source/readSource';
import { AUTOMOTIVE, MANUFACTURING, seedInputs } from '../seeds';

const itemsOf = (path: string, text: string) => extractItems(readSource({ path, text }), 'd0');
const seeds = seedInputs();
const seedItems = (p: string) => itemsOf(p, seeds.find((s) => s.path === p)!.text);

describe('extractItems on the seeds', () => {
  const auto = seedItems(AUTOMOTIVE);
  const manu = seedItems(MANUFACTURING);

  it('finds the expected number of facts and quotes in each seed', () => {
    assert.equal(auto.facts.length, 20);
    assert.equal(auto.quotes.length, 4);
    assert.equal(manu.facts.length, 24);
    assert.equal(manu.quotes.length, 0);
  });

  it('attributes "65 billion yuan" to the Kunshan sentence on line 5', () => {
    const kunshan = auto.facts.find((f) => f.text.includes('65 billion yuan'))!;
    assert.equal(kunshan.text, 'Kunshan, dedicated to the development of automotive electronics, reported an automotive industry output of 65 billion yuan, a year-on-year increase of 1.5 percent.');
    assert.equal(kunshan.location.line, 5);
    assert.equal(kunshan.location.column, 1);
    assert.ok(kunshan.entities.includes('Kunshan'));
  });

  it('gives the Chen Huifen quote its words, speaker and role', () => {
    const chen = auto.quotes.find((q) => q.speaker === 'Chen Huifen')!;
    assert.equal(chen.text, 'This represents a perfect integration of scientific and technological innovation with advanced manufacturing; here, high-end R&D platforms and advanced manufacturing bases are creating powerful synergies');
    assert.equal(chen.role, 'deputy director of the Jiading District Development and Reform Commission');
    assert.equal(chen.location.line, 8);
    assert.equal(chen.location.column, 2);
  });

  it('resolves "Xu noted" to Xu Dongdong and "he said" to Wang Tianchi', () => {
    const speakers = auto.quotes.map((q) => q.speaker);
    assert.deepEqual(speakers, ['Chen Huifen', 'Xu Dongdong', 'Wu Xiaodong', 'Wang Tianchi']);
    assert.equal(auto.quotes[1]!.role, "head of the company's comprehensive operations department");
  });

  it('makes a fact of each title (headlines carry numbers and names too), none of the byline or the boilerplate', () => {
    const all = [...auto.facts, ...manu.facts].map((f) => f.text);
    assert.ok(all.includes("Jiading, Kunshan and Taicang Play Pivotal Roless in Yangtze Delta's Growth"));
    assert.ok(all.some((t) => t.startsWith('Yangtze River Delta region solidifies role as highland')));
    assert.ok(!all.some((t) => /In Case You Missed It|Illustration|By Wang Yi|Belt and Road News Network/.test(t)));
  });

  it('takes a first line that reads as a sentence for the start of the text, not its title', () => {
    const doc = readSource({ path: 'call.txt', text: 'Diluted GAAP earnings per common share were $3.69 for the third quarter of 2021.\nRevenue was $946 million.\n' });
    assert.equal(doc.metadata.title, undefined);
    const facts = extractItems(doc, 'd').facts.map((f) => f.text);
    assert.deepEqual(facts, ['Diluted GAAP earnings per common share were $3.69 for the third quarter of 2021.', 'Revenue was $946 million.']);
  });

  it('indexes a one-line source', () => {
    assert.deepEqual(itemsOf('one.txt', 'Kunshan reported an output of 65 billion yuan in 2024.').facts.map((f) => f.text), ['Kunshan reported an output of 65 billion yuan in 2024.']);
  });

  it('keeps the paragraph of every fact', () => {
    const f = auto.facts.find((x) => x.text.startsWith('Within the core circle'))!;
    const doc = readSource(seeds.find((s) => s.path === AUTOMOTIVE)!);
    assert.ok(doc.text.slice(f.paragraph.start, f.paragraph.end).startsWith('"This represents'));
  });
});

describe('quotes in the three common styles', () => {
  const styles: [string, string, string | undefined][] = [
    ['"Prices will keep rising this year," said Maria Lopez, chief economist at the bank.', 'Maria Lopez', 'chief economist at the bank'],
    ['Maria Lopez, chief economist at the bank, said: "Prices will keep rising this year."', 'Maria Lopez', 'chief economist at the bank'],
    ['“Prices will keep rising this year,” Lopez noted.', 'Lopez', undefined],
  ];
  for (const [text, speaker, role] of styles) {
    it(`attributes: ${text}`, () => {
      const { quotes } = itemsOf('q.txt', `Headline here\n${text}\n`);
      assert.equal(quotes.length, 1);
      assert.equal(quotes[0]!.text.replace(/[.]$/, ''), 'Prices will keep rising this year');
      assert.equal(quotes[0]!.speaker, speaker);
      assert.equal(quotes[0]!.role, role);
    });
  }

  it('joins a quote that runs over two paragraphs into one', () => {
    const text = 'Headline here\n\n“The first part of the quote runs on.\n\n“And the second paragraph ends it,” said Ana Ruiz, the mayor.\n';
    const { quotes } = itemsOf('q.txt', text);
    assert.equal(quotes.length, 1);
    assert.ok(quotes[0]!.text.startsWith('The first part') && quotes[0]!.text.endsWith('ends it'));
    assert.equal(quotes[0]!.speaker, 'Ana Ruiz');
  });

  it('ignores short scare quotes', () => {
    const { quotes } = itemsOf('q.txt', 'Headline here\nThe so-called "Jia-Kun-Tai" region and its "check-ups" matter.\n');
    assert.equal(quotes.length, 0);
  });
});

describe('names in a table header row', () => {
  const facts = itemsOf(
    'seeds/bikes.md',
    ['## Trips by district', '', '| District | Stations | Trips (000) | UK | North East |', '|---|---:|---:|---:|---:|', '| Eastfield | 64 | 604 | 1 | 2 |', '', 'Riders in Eastfield made 604,000 trips.'].join('\n'),
  ).facts;
  const header = facts.find((f) => f.text.startsWith('| District'))!;

  it('are not read from a column label that only opens its cell ("District", "Trips")', () => {
    assert.ok(!header.entities.includes('District'));
    assert.ok(!header.entities.includes('Trips'));
  });

  it('are read from labels that are names by their look ("UK", "North East")', () => {
    assert.ok(header.entities.includes('UK'));
    assert.ok(header.entities.includes('North East'));
  });
});

describe('a list item under a lead-in line', () => {
  const lines = ['Pay quarters', '', "Women's share of each quarter of the pay range:", '', 'Lower quarter: 52% (last year 53%)', 'Upper quarter: 23% (20%)', '', 'Staff numbered 4,862 in April.'];
  const facts = itemsOf('seeds/pay.txt', lines.join('\n')).facts;
  const captionOf = (needle: string): string | undefined => facts.find((f) => f.text.includes(needle))?.quantities[0]?.caption;

  it('takes the lead-in as the caption of its figures', () => {
    assert.equal(captionOf('Upper quarter'), "Women's share of each quarter of the pay range:");
  });

  it('leaves a sentence of prose after the list without one', () => {
    assert.equal(captionOf('4,862'), undefined);
  });

  it('takes the lead-in as the caption of a plain-text table\'s rows, led by dots to their figures', () => {
    const rows = ['Members by section (last year in brackets):', '', '  Juniors ........ 58 (41)', '  Seniors ......... 164 (158)'];
    const rowFacts = itemsOf('seeds/club.txt', rows.join('\n')).facts;
    assert.deepEqual(
      rowFacts.map((f) => f.quantities[0]?.caption),
      ['Members by section (last year in brackets):', 'Members by section (last year in brackets):'],
    );
  });

  it('reads an item on the second line of a text that opens with a line break', () => {
    const [fact] = itemsOf('seeds/blank-first.txt', '\nLower quarter: 52%').facts;
    assert.equal(fact?.quantities[0]?.caption, undefined);
  });
});
