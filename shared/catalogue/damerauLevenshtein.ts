/**
 * Edit distance counting insertions, deletions, substitutions and swaps of two neighbouring letters (the optimal
 * string alignment form of Damerau–Levenshtein: no substring is edited twice). A swap ("sprot" for "sport") is the
 * commonest typing slip, which plain Levenshtein would count as two.
 *
 * `limit` stops early: the result is `limit + 1` as soon as the distance must exceed it, which keeps matching a
 * short published text against hundreds of catalogue terms cheap.
 */
export function damerauLevenshtein(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  // Three rolling rows: two back (for the swap), one back, current.
  let twoBack = new Array<number>(n + 1).fill(0);
  let oneBack = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(oneBack[j]! + 1, current[j - 1]! + 1, oneBack[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, twoBack[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [twoBack, oneBack, current] = [oneBack, current, twoBack];
  }
  const result = oneBack[n]!;
  return result > limit ? limit + 1 : result;
}
