// Picks the extension host's own output out of VS Code server's log stream.
// The server logs each chunk the extension host writes to stdout/stderr as one record:
//   [hh:mm:ss] [127.0.0.1][connection id][ExtensionHostConnection] <pid> text...
//   [hh:mm:ss] [127.0.0.1][connection id][ExtensionHostConnection] <pid><stderr> text...
// where text may span several lines. Every other record is the server talking about itself.
'use strict';

const RECORD_START = /^\[\d\d:\d\d:\d\d\] /;
const EXTENSION_HOST = /^\[\d\d:\d\d:\d\d\] \[[^\]]*\]\[[^\]]*\]\[ExtensionHostConnection\] <\d+>(?:<stderr>)? /;

/**
 * Splits the server's output into log records and hands the extension host's text to `onExtensionHost`
 * and every whole line to `onServer`. Lines are held until the next record starts or flush() is called,
 * since a record may continue over several lines.
 * @param {{onExtensionHost: (text: string) => void, onServer: (line: string) => void}} sinks
 * @returns {{push: (chunk: string) => void, flush: () => void}}
 */
function createLogSplitter(sinks) {
  let partial = '';
  let record = [];

  const emit = () => {
    if (record.length === 0) {
      return;
    }
    const [first, ...rest] = record;
    const match = EXTENSION_HOST.exec(first);
    if (match) {
      // The server adds a newline to text that usually ends with one already.
      const text = [first.slice(match[0].length), ...rest].join('\n').replace(/\n$/, '');
      sinks.onExtensionHost(text);
    }
    record.forEach((line) => sinks.onServer(line));
    record = [];
  };

  const addLine = (line) => {
    if (RECORD_START.test(line)) {
      emit();
    }
    record.push(line);
  };

  return {
    push(chunk) {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop();
      lines.forEach(addLine);
    },
    flush() {
      if (partial) {
        addLine(partial);
        partial = '';
      }
      emit();
    },
  };
}

module.exports = { createLogSplitter };
