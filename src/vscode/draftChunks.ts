/** Draft chunking for long checks; the implementation is editor-neutral and lives in the core. */
export { draftChunks } from '../core/text/draftChunks';
