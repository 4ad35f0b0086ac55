/** Test helper: runs the command-line scripts in `scripts/` as `npm run` does, through tsx. */
import { execFile } from "node:child_process";
import path from "node:path";
import { projectRoot } from "../config/site.js";

/** Exit code and output of one script run. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `scripts/<script>` in Node with tsx's loader; a non-zero exit resolves with its code instead of throwing. */
export function runScript(script: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--import", "tsx", path.join(projectRoot, "scripts", script), ...args],
      { cwd: projectRoot, timeout: 60_000, maxBuffer: 10 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") reject(error);
        else resolve({ code: typeof error?.code === "number" ? error.code : 0, stdout, stderr });
      },
    );
  });
}
