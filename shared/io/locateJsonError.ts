export interface TextPosition {
  /** 1-based, as editors show it. */
  line: number;
  column: number;
  offset: number;
}

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++)
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  return { line, column: offset - lineStart + 1, offset };
}

class Stop extends Error {
  constructor(readonly at: number) {
    super('json');
  }
}

/**
 * Where JSON.parse gave up. Engines word (and place) their messages differently — V8 in Node 20 and in
 * Chromium disagree — so a small strict scanner finds the first offending character itself. It keeps the open
 * arrays and objects on a stack of its own instead of recursing, so a file nested 20,000 levels deep is located
 * like any other. Returns undefined when the text is valid JSON.
 */
export function locateJsonError(text: string): TextPosition | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) throw new Stop(i);
    i++;
  };
  const literal = (word: string) => {
    for (const ch of word) expect(ch);
  };
  const string = () => {
    expect('"');
    for (;;) {
      if (i >= text.length) throw new Stop(i);
      const ch = text[i]!;
      if (ch === '"') return void i++;
      if (ch < ' ') throw new Stop(i);
      if (ch === '\\') {
        const esc = text[i + 1];
        if (esc === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Stop(i);
          i += 6;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i += 2;
        else throw new Stop(i);
      } else i++;
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const number = () => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) throw new Stop(i);
    i += m[0].length;
  };
  const key = () => {
    ws();
    string();
    ws();
    expect(':');
  };
  // The containers still open, innermost last: '}' for an object, ']' for an array.
  const open: string[] = [];
  try {
    for (;;) {
      // A value starts here.
      ws();
      const ch = text[i];
      if (ch === '{' || ch === '[') {
        i++;
        ws();
        const close = ch === '{' ? '}' : ']';
        if (text[i] !== close) {
          open.push(close);
          if (close === '}') key();
          continue;
        }
        i++;
      } else if (ch === '"') string();
      else if (ch === 't') literal('true');
      else if (ch === 'f') literal('false');
      else if (ch === 'n') literal('null');
      else number();
      // A value ended here: close what it ends, or go on to the next element or member.
      let more = false;
      while (open.length && !more) {
        ws();
        const close = open[open.length - 1]!;
        if (text[i] === ',') {
          i++;
          if (close === '}') key();
          more = true;
        } else {
          expect(close);
          open.pop();
        }
      }
      if (!more) break;
    }
    ws();
    if (i < text.length) throw new Stop(i);
    return undefined;
  } catch (e) {
    if (e instanceof Stop) return positionAt(text, e.at);
    throw e;
  }
}
