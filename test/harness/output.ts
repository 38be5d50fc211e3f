// Picks the extension host's own output out of VS Code server's log stream.
// The server logs each chunk the extension host writes to stdout/stderr as one record:
//   [hh:mm:ss] [127.0.0.1][connection id][ExtensionHostConnection] <pid> text...
//   [hh:mm:ss] [127.0.0.1][connection id][ExtensionHostConnection] <pid><stderr> text...
// where text may span several lines. Every other record is the server talking about itself.

const RECORD_START = /^\[\d\d:\d\d:\d\d\] /;
const EXTENSION_HOST = /^\[\d\d:\d\d:\d\d\] \[[^\]]*\]\[[^\]]*\]\[ExtensionHostConnection\] <\d+>(?:<stderr>)? /;

/** Where createLogSplitter() sends what it finds. */
export interface LogSinks {
  /** Receives each piece of text the extension host wrote, without the server's prefix. */
  onExtensionHost(text: string): void;
  /** Receives every whole line of the server's output, as it was. */
  onServer(line: string): void;
}

/** A stream parser fed with the server's output chunks. */
export interface LogSplitter {
  /** Feeds a chunk of the server's stdout or stderr. */
  push(chunk: string): void;
  /** Emits whatever is still held; call once the server has stopped. */
  flush(): void;
}

/**
 * Splits the server's output into log records and hands the extension host's text and every line
 * to the sinks. Lines are held until the next record starts or flush() is called, since a record
 * may continue over several lines.
 */
export function createLogSplitter(sinks: LogSinks): LogSplitter {
  let partial = '';
  let record: string[] = [];

  const emit = (): void => {
    const [first, ...rest] = record;
    if (first === undefined) {
      return;
    }
    const match = EXTENSION_HOST.exec(first);
    if (match) {
      // The server adds a newline to text that usually ends with one already.
      const text = [first.slice(match[0].length), ...rest].join('\n').replace(/\n$/, '');
      sinks.onExtensionHost(text);
    }
    record.forEach((line) => sinks.onServer(line));
    record = [];
  };

  const addLine = (line: string): void => {
    if (RECORD_START.test(line)) {
      emit();
    }
    record.push(line);
  };

  return {
    push(chunk) {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
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
