/**
 * Generated proper names for the benchmark corpus. Names are built from
 * syllable tables, so that a large corpus holds tens of thousands of distinct
 * cities, companies and people rather than a handful repeated.
 */
import type { Rng } from './prng';

const ONSETS = ['b', 'ch', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'q', 'r', 's', 'sh', 't', 'w', 'x', 'y', 'z', 'zh'];
const RIMES = ['a', 'ai', 'an', 'ang', 'ao', 'e', 'ei', 'en', 'eng', 'i', 'ian', 'iang', 'in', 'ing', 'iu', 'o', 'ong', 'ou', 'u', 'uan', 'un', 'uo'];
const SURNAMES = [
  'Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo',
  'He', 'Lin', 'Gao', 'Luo', 'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Han', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng',
  'Xiao', 'Tian', 'Dong', 'Pan', 'Yuan', 'Cai', 'Jiang', 'Yu', 'Du', 'Ye', 'Cheng', 'Wei', 'Su', 'Lu', 'Ding', 'Ren',
  'Shen', 'Yao', 'Fang', 'Jin', 'Tan', 'Qiu', 'Fan', 'Shi', 'Bai', 'Kong', 'Mao', 'Qin', 'Hou', 'Meng', 'Xiong',
];
const CITY_SUFFIXES = ['', '', '', 'shan', 'zhou', 'cang', 'ding', 'jiang', 'ning', 'yang', 'hai', 'an', 'ling'];
const COMPANY_TRADES = [
  'Power Technology', 'Automotive Parts', 'Semiconductor', 'Biomedical', 'New Materials', 'Logistics', 'Robotics',
  'Smart Manufacturing', 'Energy Storage', 'Precision Machinery', 'Textile', 'Electronics', 'Chemical', 'Aviation',
  'Photovoltaic', 'Software', 'Shipbuilding', 'Data Services', 'Port Group', 'Pharmaceutical',
];
const COMPANY_FORMS = ['Co', 'Co Ltd', 'Group', 'Holdings', 'Corp', 'Inc'];
const ORG_KINDS = [
  'Development and Reform Commission', 'Bureau of Commerce', 'Bureau of Statistics', 'Industry and Information Technology Bureau',
  'Science and Technology Commission', 'Investment Promotion Center', 'Port Authority', 'Chamber of Commerce',
];
const TITLES = ['deputy director', 'director', 'head', 'chairman', 'general manager', 'chief engineer', 'vice-president', 'spokesperson', 'secretary-general', 'chief economist'];
const UNITS = ['comprehensive operations department', 'research institute', 'investment office', 'testing center', 'supply chain division', 'strategy department'];

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A pinyin-like syllable such as "qing" or "tao". */
export function syllable(rng: Rng): string {
  const onset = rng.pick(ONSETS);
  const rime = rng.pick(RIMES);
  return onset + rime;
}

/** A place name of two syllables with an optional suffix, e.g. "Qingtao" or "Lanfengzhou". */
export function cityName(rng: Rng): string {
  return capitalise(syllable(rng) + syllable(rng) + rng.pick(CITY_SUFFIXES));
}

/** A person as "Surname Given", e.g. "Chen Huifen". */
export function personName(rng: Rng): string {
  const given = rng.chance(0.8) ? syllable(rng) + syllable(rng) : syllable(rng);
  return `${rng.pick(SURNAMES)} ${capitalise(given)}`;
}

/** A company name, optionally with its home city in brackets, e.g. "Qingtao Power Technology (Shanghai) Co". */
export function companyName(rng: Rng, city: string): string {
  const brand = capitalise(syllable(rng) + syllable(rng));
  const home = rng.chance(0.3) ? ` (${city})` : '';
  return `${brand} ${rng.pick(COMPANY_TRADES)}${home} ${rng.pick(COMPANY_FORMS)}`;
}

/** A public body of a city, e.g. "the Kunshan Bureau of Commerce". */
export function organisationName(rng: Rng, city: string): string {
  return `the ${city} ${rng.pick(ORG_KINDS)}`;
}

/** A speaker's title, tied to an organisation or a company, e.g. "deputy director of the Kunshan Bureau of Commerce". */
export function speakerTitle(rng: Rng, employer: string): string {
  const title = rng.pick(TITLES);
  return rng.chance(0.3) ? `${title} of ${employer}'s ${rng.pick(UNITS)}` : `${title} of ${employer}`;
}
