/** Loading the build's data scripts (the compact offer list, the word list) in the browser. */

const globals = window as unknown as Record<string, unknown>;

/** Loads a build script that defines a global, with a classic script tag: that works from `file://`, `fetch` does not. */
export async function scriptGlobal<T>(url: string, name: string): Promise<T> {
  if (globals[name] === undefined) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement("script");
      script.src = url;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`${url} konnte nicht geladen werden`));
      document.head.append(script);
    });
  }
  return globals[name] as T;
}
