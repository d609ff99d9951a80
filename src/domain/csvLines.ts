/** Counts "\n" in text[from, to). */
function newlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Numbers the rows of a CSV text as Papa.parse's `step` hands them over, one by one: returns
 * the 1-based line each row starts on, given its cells and the parser's cursor after it. Blank
 * lines skipped by the parser and newlines inside quoted cells are counted, so the line is the
 * one a spreadsheet or an editor shows.
 */
export function rowLineCounter(body: string): (cells: readonly string[], cursor: number) => number {
  let scanned = 0; // text offset up to which newlines are counted
  let linesBefore = 0; // newlines in body[0, scanned)
  return (cells, end) => {
    linesBefore += newlines(body, scanned, end);
    scanned = end;
    const ending = body[end - 1] === '\n' ? 1 : 0;
    let inside = 0;
    for (const cell of cells) inside += newlines(cell, 0, cell.length);
    return linesBefore - ending - inside + 1;
  };
}
