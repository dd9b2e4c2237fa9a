import { buildTextMap, squeeze, type TextMap } from './text-map';
import { textRange } from './text-range';

/**
 * A DOM range for a passage of the article, found by its text. When the passage occurs several
 * times, the occurrence nearest its relative position in the article wins (`hint`, 0..1).
 */
export function findTextRange(root: Node, passage: string, hint = 0, map: TextMap = buildTextMap(root)): Range | null {
  const needle = squeeze(passage);
  if (!needle) return null;
  const expected = hint * map.text.length;
  let best = -1;
  for (let at = map.text.indexOf(needle); at !== -1; at = map.text.indexOf(needle, at + 1)) {
    if (best === -1 || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
  }
  if (best === -1) return null;
  return textRange(map, root, best, best + needle.length);
}
