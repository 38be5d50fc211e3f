/** Test helpers: an index over small in-memory sources, built by the real SourceIndex. */
import type { QuantityIndex } from '../../../src/core/check/quantityIndex';
import { SourceIndex } from '../../../src/core/index/sourceIndex';

/** Builds the quantity index over `sources` (path → text). */
export function indexOf(sources: Record<string, string>): QuantityIndex {
  return SourceIndex.build(Object.entries(sources).map(([path, text]) => ({ path, text }))).quantities;
}

/** The seed sentences the verdict tests use. */
export const SEED = {
  'seeds/jkt.txt': [
    'Jia-Kun-Tai in numbers',
    '',
    'The Jiading District of Shanghai and the cities of Kunshan and Taicang in the neighboring Jiangsu province are geographically close to each other, near Saltmere.',
    '',
    'In the first half of 2025, Jiading, focusing on vehicle R&D and manufacturing, as well as the backward integration of the automotive industry, achieved an automotive industry output of 141.79 billion yuan (US$19.9 billion), a year-on-year increase of 7 percent.',
    'Kunshan, dedicated to the development of automotive electronics, reported an automotive industry output of 65 billion yuan, a year-on-year increase of 1.5 percent.',
    'Taicang, focusing on key automotive components, has gathered nearly 800 automotive companies, and the output of the automotive industry stood at 39.03 billion yuan in the first half of 2025, a year-on-year increase of 3.7 percent.',
    '',
    'Within the core circle of the "Jia-Kun-Tai" region, over 6,000 relevant companies are serving as anchor points for collaborative innovation.',
    '',
    "The Shanghai Securities News in March reported that the region's industrial scale in ICs represents approximately three-fifths of the national total, while AI accounts for one-third of the national total.",
    '',
    'Saltmere, the second-longest river port in the country, opened its new terminal in 2019.',
    '',
    'Of these, Jiangsu has 13 clusters, Zhejiang has seven, Shanghai has five, and Anhui has one.',
  ].join('\n'),
};
