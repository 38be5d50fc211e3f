/**
 * A document's blocks packed into one `Int32Array` (start, end, role per
 * block), instead of two small objects per block: an index over thousands
 * of files keeps every document's blocks for as long as it lives.
 */
import type { Block, BlockRole } from './block';

const ROLES: readonly BlockRole[] = ['title', 'meta', 'heading', 'body', 'boilerplate'];
const FIELDS = 3;

/** Packs blocks (start, end, role index) into an array of exactly their size. */
export function packBlocks(blocks: readonly Block[]): Int32Array {
  const packed = new Int32Array(blocks.length * FIELDS);
  blocks.forEach((b, i) => {
    packed[i * FIELDS] = b.span.start;
    packed[i * FIELDS + 1] = b.span.end;
    packed[i * FIELDS + 2] = ROLES.indexOf(b.role);
  });
  return packed;
}

/** Fresh block objects from packed blocks, in order. */
export function unpackBlocks(packed: Int32Array): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < packed.length; i += FIELDS) {
    blocks.push({ span: { start: packed[i] ?? 0, end: packed[i + 1] ?? 0 }, role: ROLES[packed[i + 2] ?? 0] ?? 'body' });
  }
  return blocks;
}
