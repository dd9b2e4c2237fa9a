/**
 * The last answer, kept while the question is the same. The page's decoration and the popup ask the
 * background for one article's acronyms in turn; finding them again costs tens of milliseconds on a
 * long article for the same answer.
 */
export function lastResult<V>(): (key: string, compute: () => V) => V {
  let last: { key: string; value: V } | undefined;
  return (key, compute) => {
    if (last?.key !== key) last = { key, value: compute() };
    return last.value;
  };
}
