import * as assert from 'node:assert/strict';
import { extractQuantities } from '../../../src/core/quantity/extract';

const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text}=${q.unitClass}:${q.value}`);

describe('extractQuantities: dates and clock times', () => {
  it('reads a day of a month in either order, with or without an ordinal suffix, and keeps the year a year', () => {
    assert.deepEqual(read('They depart on June 26th and return on 3 July 2024.'), ['June 26th=date:626', '3 July=date:703', '2024=year:2024']);
    assert.deepEqual(read('Sales rose 5% on March 5, 2024.'), ['5%=percent:5', 'March 5=date:305', '2024=year:2024']);
  });

  it('reads a date in a capitalised heading, but not a lower-case "may" after a number', () => {
    assert.deepEqual(read('ANNUAL MEETING, THURSDAY 26 NOVEMBER 2026'), ['26 NOVEMBER=date:1126', '2026=year:2026']);
    assert.deepEqual(read('Of the 26 may be late.'), ['26=count:26']);
  });

  it('reads clock times with and without am or pm as minutes past noon or midnight, and does not eat a full stop', () => {
    assert.deepEqual(read('Leave at 1:34 PM, arrive at 6:55 p.m. and call at 10am.'), ['1:34 PM=time:94', '6:55 p.m.=time:415', '10am=time:600']);
    assert.deepEqual(read('My shift ends at 19:00.'), ['19:00=time:420']);
  });

  it('reads a clock time with a point between hours and minutes ("8.15am", "3.30pm"), but not the decimals of a number', () => {
    assert.deepEqual(read('Readings peak at 8.15am and fall by 3.30pm.'), ['8.15am=time:495', '3.30pm=time:210']);
    assert.deepEqual(read('It grew 2.5 pm.'), ['2.5=count:2.5']);
  });

  it('reads the first day of "8 and 9 August" or "7–9 August" as a date of that month, not as a count', () => {
    assert.deepEqual(read('The show is on 8 and 9 August.'), ['8=date:808', '9 August=date:809']);
    assert.deepEqual(read('It ran 7–9 August 2027.'), ['7=date:807', '9 August=date:809', '2027=year:2027']);
    assert.deepEqual(read('Fares rose 12 and 9 August saw a peak.'), ['12=count:12', '9 August=date:809'], 'a later day first is no day of that month');
  });

  it('reads the first day of "Saturday 16 and Sunday 17 October" as a date too: the second day\'s weekday sits between them', () => {
    assert.deepEqual(read('The exhibition is on Saturday 16 and Sunday 17 October.'), ['16=date:1016', '17 October=date:1017']);
    assert.deepEqual(read('It runs Wednesday 2 to Thursday 3 May.'), ['2=date:502', '3 May=date:503']);
  });

  it('reads an elapsed time in hours, minutes and seconds as a duration, not its last part as a clock time', () => {
    const [race, record] = extractQuantities('Wanjohi won in 2:07:48, taking 43 seconds off the 2:08:31 set in 2022.').filter((q) => q.text.includes(':'));
    assert.equal(race?.text, '2:07:48');
    assert.equal(race?.unitClass, 'duration');
    assert.equal(Math.round((race?.value ?? 0) * 86400), 2 * 3600 + 7 * 60 + 48);
    assert.equal(record?.text, '2:08:31');
  });

  it('does not take a month with a year, a ratio or a bare number for a date or a time', () => {
    assert.deepEqual(read('In May 2024 output rose 7 percent.'), ['2024=year:2024', '7 percent=percent:7']);
    assert.deepEqual(read('The vote was 31 to 9.').some((q) => /date|time/.test(q)), false);
  });
});
