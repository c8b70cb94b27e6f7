/** The action badge for a count: empty for none or for anything that is not a count, `999+` past 999. */
export function badgeText(count: unknown): string {
  if (typeof count !== 'number' || !Number.isInteger(count) || count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}
