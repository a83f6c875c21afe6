// Preloaded by the benchmark (node -r): on exit, writes the process's peak resident set size in bytes to the file
// named by AKRIM_BENCH_RSS, so that a command's memory is measured as the user's process has it.
"use strict";
process.on("exit", () => {
  if (process.env.AKRIM_BENCH_RSS)
    require("node:fs").writeFileSync(
      process.env.AKRIM_BENCH_RSS,
      String(process.resourceUsage().maxRSS * 1024),
    );
});
