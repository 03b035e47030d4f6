/** `base`, else `base-2`, `base-3`, … — the first not in `taken` (the contract's clash rule). */
export function firstFreeId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  // Bounded: `taken` is finite, so some suffix up to taken.size + 2 is free.
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
