/**
 * What a Markdown table's header row and row labels say about its cells. A
 * statistics table puts the unit in the header ("Share (%)", "Change since
 * 2024 (pts)", "Revenue (£m)") or in the row's label ("Planted area
 * (hectares)"), and bare numbers in the cells: a row "| Green | 9,874 | 35.4
 * | +21.2 |" states 35.4 percent and a rise of 21.2 points. The bare numbers
 * of a row take their column's unit, else their row label's; numbers that
 * carry their own unit keep it; a row label opening with a plural ("Reports of
 * overheating") says what they count, and a scale word in a label ("Daily active users, millions",
 * "Passengers (000s)") scales bare counts. A column headed by a year ("| Measure | 2025
 * | 2026 |") dates its cells.
 */
import type { Period, Quantity, UnitClass } from '../model';
import { CURRENCY_PREFIXES, GLUED_SCALES, SCALES, type UnitInfo, UNITS } from './units';
import { lex, matchPhrase } from './lexer';
import { MINUS_SIGNS } from './roles';
import { lemma, looksPlural } from './lemma';

/** What a column's header says its cells are. */
interface ColumnUnit {
  readonly unitClass: UnitClass;
  readonly unit: string;
  /** Multiply a cell's number by this ("£m" → 1e6). */
  readonly scale: number;
  /** True for a column of changes ("Change", "+/-", "Swing"). */
  readonly change: boolean;
  /** How a cell's number is written with its unit: before and after it ("£" and "m", "" and "%"). */
  readonly prefix: string;
  readonly suffix: string;
}

const PERCENT = /(?:\(\s*%\s*\)|%|\bper ?cent\b|\bpct\b)/iu;
const POINTS = /\((?:pts?|pp|points|percentage points)\)|\bpercentage points\b|\bpp\b/iu;
const CHANGE = /\bchange\b|\bswing\b|\+\/[-−]|\bgrowth\b|\brise\b|\bfall\b/iu;
/** A currency with an optional scale in brackets or glued: "(£m)", "($bn)", "£m", "(€ million)", "(£000)". */
const MONEY = /\(?\s*(£|\$|€|¥|us\$|hk\$)\s*(million|billion|thousand|mn|bn|m|k|['’]?000s?)?\s*\)?/iu;

/** A unit named in brackets ("(hectares)", "(tonnes)", "(MW)"). */
const BRACKETED = /\(\s*([^()]+?)\s*\)/u;

/** A column of a measure in the unit `unit`, its cells written with the header's words for it (`written`) after them. */
function measureColumn(unit: UnitInfo, change: boolean, written: string): ColumnUnit {
  return { unitClass: unit.unitClass, unit: unit.unit, scale: unit.factor, change, prefix: '', suffix: ` ${written}` };
}

function unitOf(header: string): ColumnUnit | undefined {
  const change = CHANGE.test(header);
  if (POINTS.test(header)) return { unitClass: 'percentagePoints', unit: 'pp', scale: 1, change, prefix: '', suffix: ' points' };
  if (PERCENT.test(header)) return { unitClass: 'percent', unit: '%', scale: 1, change, prefix: '', suffix: '%' };
  const money = MONEY.exec(header);
  if (money !== null && /[(£$€¥]/u.test(money[0])) {
    const code = matchPhrase(lex(money[1] ?? ''), 0, CURRENCY_PREFIXES)?.value;
    // "(£000)", "£'000s": the cells are in thousands.
    const word = /000/u.test(money[2] ?? '') ? 'thousand' : (money[2] ?? '').toLowerCase();
    const scale = word === '' ? 1 : (GLUED_SCALES.get(word) ?? matchPhrase(lex(word), 0, SCALES)?.value ?? 1);
    if (code !== undefined) return { unitClass: 'currency', unit: code, scale, change, prefix: money[1] ?? '', suffix: word === '' ? '' : word.length > 2 ? ` ${word}` : word };
  }
  const bracketed = BRACKETED.exec(header)?.[1];
  if (bracketed !== undefined) {
    const tokens = lex(bracketed);
    const unit = matchPhrase(tokens, 0, UNITS);
    if (unit !== undefined && unit.length === tokens.length && unit.value.unitClass !== 'currency') {
      return measureColumn(unit.value, change, bracketed);
    }
  }
  // A header that opens on its unit ("kg a colony 2026", "Tonnes landed").
  const tokens = lex(header.trim());
  const opening = matchPhrase(tokens, 0, UNITS);
  if (opening !== undefined && opening.value.unitClass !== 'currency') {
    const written = tokens.slice(0, opening.length).map((t) => t.text).join(' ');
    return measureColumn(opening.value, change, written);
  }
  return undefined;
}

/**
 * A scale word a label puts on its bare numbers: "Daily active users (DAU), millions", "Passengers (millions)",
 * "Visitors (000s)", "Output, in thousands".
 */
const SCALE_LABEL = /(?:\(\s*(?:in\s+)?(millions?|billions?|thousands?|mn|bn|m|k|'?000s?)\s*\)|,\s*(?:in\s+)?(millions|billions|thousands)\s*$|\bin\s+(millions|billions|thousands)\b)/iu;

/** The scale a label's scale word names ({@link SCALE_LABEL}), with the word to write after a number, or undefined. */
function scaleOf(label: string): { readonly scale: number; readonly word: string } | undefined {
  const m = SCALE_LABEL.exec(label);
  const word = (m?.[1] ?? m?.[2] ?? m?.[3])?.toLowerCase().replace(/s$/u, '');
  if (word === undefined) return undefined;
  if (/^'?000$/u.test(word) || word === 'thousand' || word === 'k') return { scale: 1e3, word: 'thousand' };
  const scale = GLUED_SCALES.get(word) ?? matchPhrase(lex(word), 0, SCALES)?.value;
  return scale === undefined ? undefined : { scale, word: scale === 1e6 ? 'million' : scale === 1e9 ? 'billion' : word };
}

/** A cell's quantity `q` multiplied by `factor` (its scale, bounds and precision too), written as `text`. */
function rescaled(q: Quantity, factor: number, text: string): Quantity {
  return { ...q, value: q.value * factor, low: q.low * factor, high: q.high * factor, precision: q.precision * factor, scale: q.scale * factor, text };
}

/** Plurals a label opens with that say how a number is given, not what it counts ("Figures", "Totals"). */
const NOT_COUNTED: ReadonlySet<string> = new Set(['figures', 'numbers', 'totals', 'results', 'values', 'amounts', 'counts', 'statistics', 'details', 'notes']);

/**
 * The noun a row label or column header opening with a plural names ("Reports of overheating", "Units sold", "| Shops |",
 * "| Patients 2025-26 |"): what its bare numbers count.
 */
function countedNounOf(label: string): string | undefined {
  const first = /^\s*(\p{L}+)/u.exec(label)?.[1]?.toLowerCase();
  return first !== undefined && looksPlural(first) && !NOT_COUNTED.has(first) ? lemma(first) : undefined;
}

/** The year a column header names on its own ("2026", "FY2026"), as a period. */
function yearOf(header: string): Period | undefined {
  const m = /^(?:FY\s?)?((?:19|20|21)\d\d)$/u.exec(header);
  return m === null ? undefined : { year: Number(m[1]), label: header };
}

/** The cells of a table row, with their offsets in the row. */
function cells(row: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const bars = [...row.matchAll(/\|/gu)].map((m) => m.index);
  for (let i = 0; i + 1 < bars.length; i++) {
    const start = (bars[i] as number) + 1;
    const end = bars[i + 1] as number;
    out.push({ text: row.slice(start, end), start, end });
  }
  return out;
}

/**
 * The row's quantities, each labelled with its column's header ({@link Quantity.heading}: "Share (%)" says what 35.4
 * is) and dated by a year header, the bare numbers among them in their column's unit, else their row label's, else
 * the unit the table's `caption` (the line above it) names in brackets (see the module header).
 */
export function withTableContext(row: string, headerRow: string, quantities: readonly Quantity[], caption?: string): Quantity[] {
  const rowCells = cells(row);
  const headings = cells(headerRow).map((c) => c.text.trim());
  const units = headings.map(unitOf);
  const rowUnit = unitOf(rowCells[0]?.text ?? '');
  // A caption names the unit of the whole table in brackets: "## Spending by service (£ million)".
  const captionUnit = caption !== undefined && BRACKETED.test(caption) ? unitOf(caption) : undefined;
  const rowNoun = countedNounOf(rowCells[0]?.text ?? '');
  return quantities.map((cellQuantity) => {
    const column = rowCells.findIndex((c) => c.start <= cellQuantity.span.start && cellQuantity.span.end <= c.end);
    const columnHeading = column < 0 ? '' : (headings[column] ?? '');
    // A cell is described by its row's label and its column's header, as a reader reads it.
    const heading = column > 0 ? `${rowCells[0]?.text.trim() ?? ''} ${columnHeading}`.trim() : columnHeading;
    const period = cellQuantity.period === undefined && cellQuantity.unitClass !== 'year' ? yearOf(columnHeading) : undefined;
    const q =
      heading === ''
        ? cellQuantity
        : { ...cellQuantity, heading, ...(column > 0 && columnHeading !== '' ? { column: columnHeading } : {}), ...(period !== undefined ? { period } : {}), ...(caption !== undefined ? { caption } : {}) };
    // A cell of figures alone counts nothing of its own: a counted noun it took from the row label ("| Three bedrooms |
    // 2,071 | 129.40 |") is the sentence reader's guess, and the header says what the cell is.
    const figuresOnly = column > 0 && !/\p{L}/u.test(rowCells[column]?.text ?? '');
    if (q.unitClass !== 'count' || (q.unit !== '' && !figuresOnly) || column === 0) return q;
    const unit = (column < 0 ? undefined : units[column]) ?? rowUnit ?? captionUnit;
    if (unit === undefined) {
      // The row's noun counts its cells ("| Mammals | 612 |" under "Animals"), else the column's ("| Pendrey | 4 |" under "Shops").
      const counted = { ...q, unit: rowNoun ?? (column > 0 ? countedNounOf(columnHeading) : undefined) ?? '' };
      // A count in millions ("Daily active users, millions | 27.3"): the cell states 27.3 million.
      const scaled = scaleOf(columnHeading) ?? scaleOf(rowCells[0]?.text ?? '') ?? (caption === undefined ? undefined : scaleOf(caption));
      return scaled === undefined ? counted : rescaled(counted, scaled.scale, `${q.text} ${scaled.word}`);
    }
    // The sign stands in the cell before the number ("-9.8"), outside the number's span.
    const sign = (rowCells[column]?.text.trim() ?? '').charAt(0);
    const minus = MINUS_SIGNS.has(sign);
    // A column headed as changes ("Change") holds changes whatever gave the unit (the caption's "(£ million)"), and
    // its minus signs are falls; elsewhere a signed amount of money may be a level (a loss).
    const change = unit.change || CHANGE.test(columnHeading) || ((sign === '+' || minus) && unit.unitClass !== 'currency');
    return {
      ...rescaled({ ...q, unitClass: unit.unitClass, unit: unit.unit }, unit.scale, `${unit.prefix}${q.text}${unit.suffix}`),
      ...(change ? { role: 'change' as const, direction: minus ? ('down' as const) : ('up' as const) } : {}),
    };
  });
}

/** A year or season in a column header ("Patients 2024-25", "2025-26 (£000)", "FY2026"). */
const HEADER_PERIOD = /\b(?:FY\s?)?((?:19|20)\d\d)(?:[-–/]\d{2,4})?\b/u;

/** A column header's measure without its period, and the period's first year ("Patients 2024-25" → "patients", 2024). */
function columnPeriod(column: string | undefined): { readonly measure: string; readonly year: number } | undefined {
  const m = column === undefined ? null : HEADER_PERIOD.exec(column);
  if (column === undefined || m === null) return undefined;
  return { measure: column.replace(m[0], ' ').replace(/\s+/gu, ' ').trim().toLowerCase(), year: Number(m[1]) };
}

/**
 * The cell of a table row (`row`, its quantities) that gives the measure of the cell `q` for the next later period
 * ("| Group | 45,310 | 48,620 |" under "Patients 2024-25" and "Patients 2025-26": 48,620 for 45,310), or undefined.
 */
export function laterColumnCell(q: Quantity, row: readonly Quantity[]): Quantity | undefined {
  const own = columnPeriod(q.column);
  if (own === undefined) return undefined;
  let later: { readonly cell: Quantity; readonly year: number } | undefined;
  for (const cell of row) {
    const theirs = cell === q ? undefined : columnPeriod(cell.column);
    if (theirs === undefined || theirs.measure !== own.measure || theirs.year <= own.year || cell.unitClass !== q.unitClass || cell.unit !== q.unit) continue;
    if (later === undefined || theirs.year < later.year) later = { cell, year: theirs.year };
  }
  return later?.cell;
}
