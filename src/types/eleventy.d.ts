// Eleventy 3 ships no TypeScript declarations; these cover the API this project uses.
declare module "@11ty/eleventy" {
  export interface PageResult {
    readonly url: string | false;
    readonly content: string;
    /** The file written, or false for pages with `permalink: false`. */
    readonly outputPath: string | false;
  }

  export interface AfterBuildEvent {
    /** The directories in effect (the event's `dir` keeps the defaults when setOutputDirectory() is used). */
    readonly directories: { readonly input: string; readonly output: string };
    readonly results: readonly PageResult[];
    /** "serve" under `eleventy --serve` (`npm start`), "watch" under `--watch`, else "build". */
    readonly runMode: "build" | "serve" | "watch";
  }

  export interface UserConfig {
    addGlobalData(name: string, data: unknown): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    addWatchTarget(path: string): void;
    addPlugin(plugin: unknown, options?: Record<string, unknown>): void | Promise<void>;
    addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
    setInputDirectory(dir: string): void;
    setIncludesDirectory(dir: string): void;
    setLayoutsDirectory(dir: string): void;
    setOutputDirectory(dir: string): void;
    setQuietMode(quiet: boolean): void;
    setTemplateFormats(formats: string[]): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    /** Globs of input files Eleventy does not render. */
    readonly ignores: { add(glob: string): void };
    on(event: "eleventy.after", handler: (event: AfterBuildEvent) => void | Promise<void>): void;
    /** Under `--serve`: the files whose change starts the next rebuild, relative to the project (`./offers/…`). */
    on(event: "eleventy.beforeWatch", handler: (changed: readonly string[]) => void | Promise<void>): void;
  }

  export interface EleventyOptions {
    quietMode?: boolean;
    pathPrefix?: string;
    configPath?: string | false;
    config?: (config: UserConfig) => unknown;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    /** Resolves to the passthrough copies and the written pages. */
    write(): Promise<[unknown, PageResult[]]>;
  }

  export const EleventyHtmlBasePlugin: unknown;
}
