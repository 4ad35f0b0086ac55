/** The Nu HTML Checker (`vnu-jar` from npm, run with the system Java) over built pages, for the build tests. */
import { execFile } from "node:child_process";
import path from "node:path";
import { projectRoot } from "../config/site.js";

/** One error the checker reports. */
export interface HtmlError {
  readonly file: string;
  readonly line: number | undefined;
  readonly message: string;
}

const jar = path.join(projectRoot, "node_modules/vnu-jar/build/dist/vnu.jar");

/**
 * Checks HTML files in one run of the checker and returns its errors (warnings are left out).
 * @example expect(await htmlErrors(["dist/index.html"])).toEqual([]);
 */
export function htmlErrors(files: readonly string[]): Promise<HtmlError[]> {
  return new Promise((resolve, reject) => {
    execFile(
      "java",
      ["-jar", jar, "--errors-only", "--format", "json", ...files],
      { maxBuffer: 20 * 1024 * 1024, timeout: 120_000 },
      (error, _stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === "ENOENT") {
          reject(new Error("Java fehlt: Der HTML-Check braucht Java 17 (z. B. apt-get install default-jre-headless)."));
          return;
        }
        try {
          const report = JSON.parse(stderr) as {
            messages: { type: string; url?: string; lastLine?: number; message: string }[];
          };
          resolve(
            report.messages
              .filter((message) => message.type === "error")
              .map((message) => ({
                file: decodeURIComponent(message.url ?? "").replace(/^file:/, ""),
                line: message.lastLine,
                message: message.message,
              })),
          );
        } catch {
          reject(new Error(stderr || String(error)));
        }
      },
    );
  });
}
