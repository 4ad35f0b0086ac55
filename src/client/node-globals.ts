/**
 * The one Node global the form's bundle needs: gray-matter keeps a copy of its
 * input with `Buffer.from`. Injected by esbuild (src/site/submission.ts); in
 * the browser the copy is a plain byte array.
 */
export const Buffer = {
  from: (text: string): Uint8Array => new TextEncoder().encode(text),
  isBuffer: (): boolean => false,
};
