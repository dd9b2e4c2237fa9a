/**
 * A search box over a list, and the line that says when nothing matches. The line is always there,
 * empty while something matches: a screen reader reads a status region when words come into it, and
 * may not read one inserted with its words.
 */
export function ListFilter({ label, value, onInput, noMatch, class: className = '' }: { label: string; value: string; onInput: (value: string) => void; noMatch: string | null; class?: string }) {
  return (
    <>
      <input type="search" class={`glossary-search ${className}`.trim()} aria-label={label} placeholder={label} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
      <p class="empty filter-status" role="status">
        {noMatch ?? ''}
      </p>
    </>
  );
}
