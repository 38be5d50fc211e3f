import assert from 'node:assert/strict';
import type { MentionContext } from '../../../src/core/check/context';
import { SourceIndex } from '../../../src/core/index/sourceIndex';
import { laterColumnCell } from '../../../src/core/quantity/tableColumns';
import type { Quantity } from '../../../src/core/model';

/** The quantities of each fact that is a table row, as "text value unitClass role/direction". */
function rows(markdown: string): string[][] {
  const index = SourceIndex.build([{ path: 'sources/table.md', text: markdown }]);
  return index.facts.filter((f) => f.text.startsWith('|') && f.quantities.length > 0).map((f) => f.quantities.map((q) => `${q.text} ${q.value} ${q.unitClass} ${q.role}${q.direction ? `/${q.direction}` : ''}`));
}

describe('table columns: the header gives the bare numbers of a Markdown table their unit', () => {
  it('labels every number of a row with its row\'s label and its column\'s header', () => {
    const index = SourceIndex.build([{ path: 'sources/table.md', text: ['# Result', '', '| Party | Votes | Share (%) | Change since 2024 (pts) |', '|---|---:|---:|---:|', '| Green | 9,874 | 35.4 | +21.2 |', ''].join('\n') }]);
    const row = index.facts.find((f) => f.text.startsWith('| Green'));
    assert.deepEqual(row?.quantities.map((q) => [q.text, q.heading]), [
      ['9,874', 'Green Votes'],
      ['35.4%', 'Green Share (%)'],
      ['21.2 points', 'Green Change since 2024 (pts)'],
    ]);
  });

  it('a row states its cells in its columns\' units, a signed change with its direction; the header row itself is left alone', () => {
    const table = ['# Result', '', '| Party | Votes | Share (%) | Change (pts) | Spend (£m) |', '|---|---:|---:|---:|---:|', '| Green | 9,874 | 35.4 | +21.2 | 1.5 |', '| Labour | 8,512 | 30.6 | -9.8 | 2 |', ''].join('\n');
    assert.deepEqual(rows(table), [
      ['9,874 9874 count level', '35.4% 35.4 percent level', '21.2 points 21.2 percentagePoints change/up', '£1.5m 1500000 currency level'],
      ['8,512 8512 count level', '30.6% 30.6 percent level', '9.8 points 9.8 percentagePoints change/down', '£2m 2000000 currency level'],
    ]);
  });

  it('gives bare numbers the unit the line above the table names in brackets, after the column\'s and the row\'s', () => {
    const table = ['# Budget', '', '## Spending by service (£ million)', '', '| Service | 2026/27 | Change (%) |', '|---|---:|---:|', '| Adult social care | 148.9 | +6.7 |', ''].join('\n');
    assert.deepEqual(rows(table), [['£148.9 million 148900000 currency level', '6.7% 6.7 percent change/up']]);
    const plain = ['# Budget', '', '## Spending by service', '', '| Service | 2026/27 |', '|---|---:|', '| Adult social care | 148.9 |', ''].join('\n');
    assert.deepEqual(rows(plain), [['148.9 148.9 count level']], 'a caption without a bracketed unit gives none');
  });

  it('gives bare numbers the unit their column\'s header opens on ("kg a colony", "Tonnes landed")', () => {
    const table = ['# Honey', '', '| District | Colonies | kg a colony |', '|---|---:|---:|', '| Eastwick Fen | 296 | 16.3 |', ''].join('\n');
    const [[colonies, crop]] = rows(table) as [string[]];
    assert.equal(colonies, '296 296 count level');
    assert.match(crop ?? '', /^16\.3 kg 0\.0163\d* mass level$/u, 'kilograms, held in tonnes');
  });

  it('reads a money column headed in thousands ("Gross (£000)", "£\'000s") as thousands', () => {
    const table = (header: string): string[][] => rows(['# Season', '', `| Production | Tickets | ${header} |`, '|---|---:|---:|', '| Panto | 68,920 | 2,151 |', ''].join('\n'));
    assert.deepEqual(table('Gross (£000)'), [['68,920 68920 count level', '£2,151 thousand 2151000 currency level']]);
    assert.deepEqual(table("Gross (£'000s)"), [['68,920 68920 count level', '£2,151 thousand 2151000 currency level']]);
  });

  it('reads a column headed "Change" as changes, a minus sign as a fall, even in money whose unit the caption gives', () => {
    const table = ['# Budget', '', '## Spending by service (£ million)', '', '| Service | 2026/27 | 2027/28 | Change |', '|---|---:|---:|---:|', '| Highways and transport | 24.8 | 23.9 | -0.9 |', ''].join('\n');
    assert.deepEqual(rows(table), [['£24.8 million 24800000 currency level', '£23.9 million 23900000 currency level', '£0.9 million 900000 currency change/down']]);
  });

  it('scales the bare counts of a row or column whose label names a scale word ("…, millions", "(000s)")', () => {
    const byRow = ['# Player metrics', '', '| Metric | Last quarter | This quarter |', '|---|---:|---:|', '| Daily active users (DAU), millions | 24.8 | 27.3 |', '| DAU as a share of MAU | 25.5% | 26.1% |', ''].join('\n');
    assert.deepEqual(rows(byRow), [['24.8 million 24800000 count level', '27.3 million 27300000 count level'], ['25.5% 25.5 percent level', '26.1% 26.1 percent level']]);
    const byColumn = ['# Visitors', '', '| Site | Visitors (000s) | Rank |', '|---|---:|---:|', '| Castle | 412 | 3 |', ''].join('\n');
    assert.deepEqual(rows(byColumn), [['412 thousand 412000 count level', '3 3 count level']]);
  });

  it('gives the cells of a row whose label is a count ("Three bedrooms") their columns\' units, not the label\'s noun', () => {
    const table = ['# Rents', '', '| Home size | Homes | Rent (£ a week) | Change (%) |', '|---|---:|---:|---:|', '| Three bedrooms | 2,071 | 135.35 | 4.6 |', ''].join('\n');
    assert.deepEqual(rows(table), [['Three 3 count level', '2,071 2071 count level', '£135.35 135.35 currency level', '4.6% 4.6 percent change/up']]);
  });

  it('leaves a number that carries its own unit, and a table without a separator row, as they are', () => {
    const own = ['# Markets', '', '| Market | Q2 | Change (%) |', '|---|---:|---:|', '| China | $42,100 | +39.4% |', ''].join('\n');
    assert.deepEqual(rows(own), [['$42,100 42100 currency level', '39.4% 39.4 percent change/up']]);
    assert.deepEqual(rows(['# T', '', '| Share (%) |', '| 35.4 |', ''].join('\n')), [['35.4 35.4 count level']]);
  });

  it('gives a row\'s bare numbers the unit its label names, and dates the cells of a column headed by a year', () => {
    const table = ['# Harvest', '', '| Measure | 2025 | 2026 |', '|---|---:|---:|', '| Planted area (hectares) | 4,360 | 4,620 |', '| Vineyards | 986 | 1,034 |', ''].join('\n');
    const index = SourceIndex.build([{ path: 'sources/harvest.md', text: table }]);
    const cells = index.facts.filter((f) => f.text.startsWith('| ') && !f.text.startsWith('| Measure')).flatMap((f) => f.quantities.map((q) => `${q.text} ${q.unitClass} ${q.period?.year ?? ''}`));
    assert.deepEqual(cells, ['4,360 hectares area 2025', '4,620 hectares area 2026', '986 count 2025', '1,034 count 2026']);
  });
});

describe('table columns: what a row counts and whom a column is about', () => {
  const table = ['# Progress', '', '| | UK | Ireland |', '|---|---:|---:|', '| Units sold | 86,400 | 11,200 |', '| Reports of overheating | 41 | 6 |', ''].join('\n');
  const index = SourceIndex.build([{ path: 'sources/progress.md', text: table }]);
  const cells = index.facts.filter((f) => f.text.startsWith('| ') && f.quantities.length > 0).flatMap((f) => f.quantities);

  it('a row label opening with a plural noun gives the bare numbers its noun, and each cell keeps its column header', () => {
    assert.deepEqual(
      cells.map((q) => `${q.text} ${q.unit} ${q.column ?? ''}`),
      ['86,400 unit UK', '11,200 unit Ireland', '41 report UK', '6 report Ireland'],
    );
  });

  it('a column headed by a plural noun counts its cells in it, when the row label names no noun of its own', () => {
    const shops = ['# Sales', '', '| Town | Shops | Visits per shop |', '|---|---:|---:|', '| Pendrey | 4 | 2,205 |', '| Totals | 23 | 1,900 |', '| Mammals | 64 | 612 |', ''].join('\n');
    const counted = SourceIndex.build([{ path: 'sources/sales.md', text: shops }])
      .facts.filter((f) => f.text.startsWith('| ') && f.quantities.length > 0)
      .flatMap((f) => f.quantities)
      .map((q) => `${q.text} ${q.unit}`);
    assert.deepEqual(counted, ['4 shop', '2,205 visit', '23 shop', '1,900 visit', '64 mammal', '612 mammal']);
  });

  it('a column headed by a name makes the cell about it', () => {
    const ireland = index.quantities.candidates(cells[3] as Quantity, { entities: new Set(), words: new Map([['report', 1]]) } as unknown as MentionContext).find((c) => c.quantity.text === '6');
    assert.equal(ireland?.context.subject.get('ireland'), 1);
  });
});

describe('table columns: one measure for two periods', () => {
  const table = ['# Patients', '', '| Practice | Vets | Patients 2024-25 | Patients 2025-26 | Vets 2026 |', '|---|---:|---:|---:|---:|', '| Group | 38 | 45,310 | 48,620 | 40 |', ''].join('\n');
  const row = SourceIndex.build([{ path: 'sources/patients.md', text: table }]).facts.find((f) => f.text.startsWith('| Group'))?.quantities ?? [];
  const cell = (text: string): Quantity => row.find((q) => q.text === text) as Quantity;

  it('pairs a cell with the cell of the next later period\'s column of the same measure', () => {
    assert.equal(laterColumnCell(cell('45,310'), row)?.text, '48,620');
  });

  it('pairs no cell of the latest period, of a column without a period, or of another measure', () => {
    assert.equal(laterColumnCell(cell('48,620'), row), undefined);
    assert.equal(laterColumnCell(cell('38'), row), undefined);
    assert.equal(laterColumnCell(cell('40'), row), undefined);
  });
});
