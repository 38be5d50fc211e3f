import assert from 'node:assert/strict';
import { itemLabels, type ItemLabel } from '../../../src/core/check/itemLabels';
import type { Quantity } from '../../../src/core/model';
import { extractQuantities } from '../../../src/core/quantity/extract';
import { STOPWORDS, tokenize } from '../../../src/core/text/tokens';

/** Each quantity of a sentence with its label, as "text:word+word". */
function itemLabelsOf(sentence: string): { quantities: Quantity[]; labels: ItemLabel[] } {
  const quantities = extractQuantities(sentence);
  const compared = (i: number): boolean => (quantities[i]?.role === 'level' && quantities[i]?.direction !== undefined) || /\bfrom\s+$/u.test(sentence.slice(0, quantities[i]?.span.start));
  const words = tokenize(sentence).filter((t) => !/^\d/u.test(t.norm) && !STOPWORDS.has(t.norm) && !quantities.some((q) => t.start < q.span.end && t.end > q.span.start));
  return { quantities, labels: itemLabels(sentence, words, quantities, compared) };
}

function labels(sentence: string): string[] {
  const { quantities, labels: found } = itemLabelsOf(sentence);
  return found.map((l, i) => `${quantities[i]?.text}:${l.words.join('+')}`);
}

/** Each quantity of a sentence with the words naming the items of its breakdown, as "text:word+word". */
function breakdowns(sentence: string): string[] {
  const { quantities, labels: found } = itemLabelsOf(sentence);
  return found.map((l, i) => `${quantities[i]?.text}:${l.breakdown.join('+')}`);
}

describe('itemLabels', () => {
  it('gives each item of a list the words only its own part of the sentence has, before or after it', () => {
    assert.deepEqual(labels('Watercraft caused 22% and drones 9%.'), ['22%:watercraft', '9%:dron'], 'a verb labels no item');
    assert.deepEqual(labels('Of every £1 we spent, 86p went on charitable activities, 11p on fundraising and 3p on governance.'), [
      '£1:every',
      '86p:charitabl+activity',
      '11p:fundrais',
      '3p:governanc',
    ]);
  });

  it('leaves the words after another amount of the part to that amount, and the subject before the first to all', () => {
    const [raised] = labels('The team raised £184,300, more than half of it in donations, and spent £162,800.');
    assert.ok(raised !== undefined && !raised.includes('don'), raised);
    const [rate] = labels('The unemployment rate rose by 0.3 percentage points to 4.7%, the highest since 2021, when it was 4.9%.').filter((l) => l.startsWith('4.7%'));
    assert.ok(rate !== undefined && rate.includes('unemploy'), rate);
  });

  it('leaves what all items of a list did, after the last one joined by "and", to none of them', () => {
    assert.deepEqual(labels('71.2% of men and 66.5% of women received a bonus.'), ['71.2%:man', '66.5%:woman']);
    const grant = labels('The government pays a recovery grant of £500 to each flooded household and £2,500 to each flooded business.');
    assert.ok(grant.includes('£2,500:company'), `"flooded" describes the business: ${grant.join(' ')}`);
    const stores = labels('We plan to build over 100 stores, with over 50 completed by the end of 2025.');
    assert.ok(stores.some((l) => l.startsWith('over 50:') && l.includes('complet')), stores.join(' '));
  });

  it('keeps a word in "-ed" that describes a noun, and drops one that is the verb right before its amount', () => {
    assert.deepEqual(labels('GAAP diluted earnings per share were $0.81, and adjusted earnings per share were $0.94.'), ['$0.81:gaap+dilut', '$0.94:adjust']);
    assert.deepEqual(labels('Wind farms produced 5,940 GWh and solar plants 3,930 GWh.'), ['5,940 GWh:wind+farm', '3,930 GWh:solar+plant']);
  });

  it('divides at a comma before a word, so "and" inside a noun phrase stays with its item', () => {
    assert.deepEqual(labels('Life expectancy is 79.4 years, but the gap between rich and poor areas is nine years.'), [
      '79.4 years:lif+expectancy',
      'nine years:gap+between+rich+poor+area',
    ]);
  });

  it('divides a total from its breakdown at a colon, so each item of the breakdown keeps its own words', () => {
    assert.deepEqual(labels('We cancelled 412 sailings: 236 for weather, 118 for technical faults and 58 because we lacked crew.'), [
      '412:',
      '236:weath',
      '118:technic+fault',
      '58:becaus+lack+crew',
    ]);
  });

  it('gives an amount alone of its kind the words of its clause', () => {
    assert.deepEqual(labels('Drones accounted for 22%, the survey found.'), ['22%:dron'], 'a verb labels no item');
  });

  it('gives no label to one set against another, or where no separator divides two amounts', () => {
    assert.deepEqual(labels('Revenue reached $1.18 billion, up from $1.08 billion.'), ['$1.18 billion:revenue', '$1.08 billion:'], 'the one item keeps the words of its part');
    assert.deepEqual(labels('Gross margin of 46.5% to 47.5% is expected.'), ['46.5%:', '47.5%:']);
    assert.deepEqual(labels('Rainfall was 148 millimetres against an average of 301 millimetres.'), ['148 millimetres:', '301 millimetres:']);
  });

  it('labels the items of a list of changes ("fell 3% in the north and rose 2% in the south")', () => {
    assert.deepEqual(labels('Sales fell 3% in the north, while they rose 2% in the south.'), ['3%:revenue+north', '2%:south']);
  });

  it('names the items of a breakdown of one measure, each followed by the same preposition, and no other list', () => {
    assert.deepEqual(breakdowns('Regular pay grew by 6.2% in the public sector and by 4.8% in the private sector.'), ['6.2%:public+privat', '4.8%:public+privat']);
    assert.deepEqual(breakdowns('Turnout was 61% among women, 58% among men and 44% among young voters.'), ['61%:woman+man+young+vot', '58%:woman+man+young+vot', '44%:woman+man+young+vot']);
    assert.deepEqual(breakdowns('We have 64 seafarers on the route and need 72.'), ['64:', '72:'], 'the second item has its own word before it');
    assert.deepEqual(breakdowns('It was reported by 8.7% of patients on the drug and 3.1% on placebo.'), ['8.7%:', '3.1%:'], 'different prepositions');
    assert.deepEqual(breakdowns('Regular pay grew by 6.2% in the public sector.'), ['6.2%:'], 'one item is no breakdown');
  });

  it('gives an appositive that restates what comes before it (", a period of 89 days") the words before it', () => {
    assert.deepEqual(labels('The cut holds for one year only, together with a closure of the north bank from 1 February, a period of 89 days.'), [
      'one year:cut+hold+only',
      '1 February:',
      '89 days:togeth+closur+north+bank+period',
    ]);
  });

  it('divides no amounts at the comma of a relative clause, whose noun is the later amount\'s as much as the earlier\'s', () => {
    assert.deepEqual(labels('It left a deficit of £170,000 covered from reserves, which now stand at £1.3 million.'), ['£170,000:', '£1.3 million:']);
    assert.deepEqual(labels('It left a deficit of £170,000, and reserves now stand at £1.3 million.'), ['£170,000:deficit', '£1.3 million:reserv+now+stand']);
  });

  it('gives the whole of a part no words of its own ("Nine of the club\'s 76 fixtures were lost to rain")', () => {
    assert.deepEqual(labels("Nine of the club's 76 fixtures were lost to rain, and 12 to floods."), ['Nine:club', '76:', '12:flood']);
    assert.deepEqual(labels('Bonuses went to 71.2% of men and 66.5% of women.'), ['71.2%:bonus+man', '66.5%:woman'], 'two items joined by "and" are no part and whole');
  });

  it('gives a change right before the level it leads to no part of its own, so the level keeps its item\'s words', () => {
    assert.deepEqual(labels('Adult tickets went up 50p to £6, while concessions stayed at £4.50.'), ['50p:', '£6:adult+ticket', '£4.50:concession']);
  });

  it('leaves a counted noun to its own count', () => {
    assert.deepEqual(labels('Volunteers gave 3,860 hours, up from 174 volunteers and 3,120 hours the winter before.'), [
      '3,860 hours:',
      '174:',
      '3,120 hours:wint',
    ]);
  });
});
