/**
 * JSON to print inside a `<script>` element (JSON-LD, the search page's
 * configuration): `<` is escaped, so no string from an offer can close the element.
 * @example scriptJson({ name: "</script>" }) // '{"name":"\u003c/script>"}'
 */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, "\\u003c");
