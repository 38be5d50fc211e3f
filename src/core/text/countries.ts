/**
 * Countries by the other names writers give them: the people ("Americans",
 * "the Chinese"), the adjective ("French visitors") and the short forms
 * ("US", "U.S.", "Britain"). A draft that says "Americans made 112,500 trips"
 * is about the row of a table headed "United States".
 */

/** Canonical country name → its demonyms, adjectives and short forms (plurals of demonyms are derived). */
const COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  'United States': ['American', 'US', 'U.S.', 'USA', 'U.S.A.', 'America'],
  'United Kingdom': ['British', 'Briton', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  China: ['Chinese'],
  Japan: ['Japanese'],
  'South Korea': ['South Korean', 'Korean'],
  India: ['Indian'],
  Germany: ['German'],
  France: ['French'],
  Italy: ['Italian'],
  Spain: ['Spanish', 'Spaniard'],
  Portugal: ['Portuguese'],
  Netherlands: ['Dutch'],
  Belgium: ['Belgian'],
  Switzerland: ['Swiss'],
  Austria: ['Austrian'],
  Sweden: ['Swedish', 'Swede'],
  Norway: ['Norwegian'],
  Denmark: ['Danish', 'Dane'],
  Finland: ['Finnish', 'Finn'],
  Ireland: ['Irish'],
  Poland: ['Polish', 'Pole'],
  Greece: ['Greek'],
  Turkey: ['Turkish', 'Turk'],
  Russia: ['Russian'],
  Ukraine: ['Ukrainian'],
  Canada: ['Canadian'],
  Mexico: ['Mexican'],
  Brazil: ['Brazilian'],
  Argentina: ['Argentine', 'Argentinian'],
  Chile: ['Chilean'],
  Colombia: ['Colombian'],
  Australia: ['Australian', 'Aussie'],
  'New Zealand': ['New Zealander', 'Kiwi'],
  Singapore: ['Singaporean'],
  Malaysia: ['Malaysian'],
  Indonesia: ['Indonesian'],
  Thailand: ['Thai'],
  Vietnam: ['Vietnamese'],
  Philippines: ['Filipino', 'Philippine'],
  Taiwan: ['Taiwanese'],
  Israel: ['Israeli'],
  Egypt: ['Egyptian'],
  Nigeria: ['Nigerian'],
  Kenya: ['Kenyan'],
  'South Africa': ['South African'],
  'Saudi Arabia': ['Saudi'],
  'United Arab Emirates': ['Emirati', 'UAE'],
};

/** Plural forms of demonyms that take an "s" ("Americans", "Germans"); "Chinese", "Swiss" and adjectives in -ish do not. */
function withPlural(name: string): string[] {
  return /(?:an|i|e|er|ard|ot|n|k)$/u.test(name) && !/(?:ese|ss|sh|ch)$/u.test(name) ? [name, `${name}s`] : [name];
}

const BY_ALIAS: ReadonlyMap<string, string> = new Map(
  Object.entries(COUNTRY_NAMES).flatMap(([country, aliases]) => [country, ...aliases.flatMap(withPlural)].map((alias): [string, string] => [alias, country])),
);

/** The canonical country a name stands for ("Americans" → "United States", "Britain" → "United Kingdom", "Ireland" → "Ireland"), if it names a country. */
export function countryOf(name: string): string | undefined {
  return BY_ALIAS.get(name);
}
