/** Output offsets count Unicode code points; the extractor works in UTF-16 indices. */
/** UTF-16 index -> code point index, cheap when the text has no astral characters (most news). */
export function codePointIndexer(text: string): (i: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    // The low half of a pair shares its code point with the high half.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) cp++;
    else map[i] = cp - 1;
  }
  map[text.length] = cp;
  return (i) => map[i]!;
}
