/** Identifier case conversions for names the signature declares once and each language spells its own way. */

/** `twoSum` → `two_sum`, `parseHTTPHeader` → `parse_http_header`; snake_case stays. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** `two_sum` → `twoSum`; camelCase stays; a leading capital is lowered. */
export function camelCase(name: string): string {
  const camel = name.replace(/_+([A-Za-z0-9])/g, (_m, c: string) => c.toUpperCase());
  return camel.charAt(0).toLowerCase() + camel.slice(1);
}

/** `start_time` → `StartTime`, `end` → `End` (Go's exported field names). */
export function pascalCase(name: string): string {
  const camel = camelCase(name);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}
